import { describe, expect, it } from 'vitest';
import { safeRedirectUrl, safeReturnPath } from './safe-return-path';

const HOSTILE = [
  '//evil.example',
  '//evil.example/account',
  '/\\evil.example',
  '/\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n//evil.example',
  '\\\\evil.example',
  'https://evil.example',
  'https:evil.example',
  'HTTPS://evil.example/account',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '%2F%2Fevil.example',
  'evil.example',
  '',
  '/' + 'a'.repeat(600),
];

describe('safeReturnPath', () => {
  it.each(HOSTILE)('refuses %j', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });

  it('keeps our own paths with their query and fragment', () => {
    expect(safeReturnPath('/account')).toBe('/account');
    expect(safeReturnPath('/articles/a-story?sort=newest#comments')).toBe('/articles/a-story?sort=newest#comments');
  });

  it('keeps encoded slashes encoded, so they stay part of one path', () => {
    expect(safeReturnPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
    expect(safeReturnPath('/%5Cevil.example')).toBe('/%5Cevil.example');
  });

  it('refuses what is not a string', () => {
    expect(safeReturnPath(undefined)).toBe('/');
    expect(safeReturnPath(['//evil.example'])).toBe('/');
    expect(safeReturnPath(null, '/account')).toBe('/account');
  });
});

describe('safeRedirectUrl (Auth.js redirect callback)', () => {
  const base = 'http://127.0.0.1:3000';

  it.each(HOSTILE)('sends %j to the front page', (value) => {
    expect(safeRedirectUrl(value, base)).toBe(base);
  });

  it('refuses a look-alike host and another port', () => {
    expect(safeRedirectUrl('http://127.0.0.1:3000.evil.example/account', base)).toBe(base);
    expect(safeRedirectUrl('http://127.0.0.1:3000@evil.example/', base)).toBe(base);
    expect(safeRedirectUrl('http://127.0.0.1:4000/account', base)).toBe(base);
  });

  it('keeps our own absolute and relative URLs', () => {
    expect(safeRedirectUrl('/account', base)).toBe(`${base}/account`);
    expect(safeRedirectUrl(`${base}/articles/x#comments`, base)).toBe(`${base}/articles/x#comments`);
  });
});
