import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin';

const post = (headers: Record<string, string>) =>
  new Request('http://127.0.0.1:3000/api/x', { method: 'POST', headers });

describe('isSameOrigin', () => {
  it('accepts our own origin, also behind a proxy that sets X-Forwarded-Host', () => {
    expect(isSameOrigin(post({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }))).toBe(true);
    expect(
      isSameOrigin(post({ host: '10.0.0.5:3000', 'x-forwarded-host': 'news.example', origin: 'https://news.example' })),
    ).toBe(true);
  });

  it('refuses another origin, a look-alike, another port and the opaque "null" origin', () => {
    expect(isSameOrigin(post({ host: '127.0.0.1:3000', origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(post({ host: 'news.example', origin: 'https://news.example.evil.example' }))).toBe(false);
    expect(isSameOrigin(post({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:4000' }))).toBe(false);
    expect(isSameOrigin(post({ host: '127.0.0.1:3000', origin: 'null' }))).toBe(false);
    expect(isSameOrigin(post({ host: '127.0.0.1:3000', origin: 'null', 'sec-fetch-site': 'cross-site' }))).toBe(false);
  });

  it('takes Origin "null" (a no-referrer page) from our own pages when the browser says same-origin', () => {
    expect(isSameOrigin(post({ host: '127.0.0.1:3000', origin: 'null', 'sec-fetch-site': 'same-origin' }))).toBe(true);
  });

  it('without Origin, trusts Sec-Fetch-Site, and lets scripts without either through (they carry no reader cookies)', () => {
    expect(isSameOrigin(post({ host: '127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(isSameOrigin(post({ host: '127.0.0.1:3000', 'sec-fetch-site': 'same-site' }))).toBe(false);
    expect(isSameOrigin(post({ host: '127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(post({ host: '127.0.0.1:3000' }))).toBe(true);
  });
});
