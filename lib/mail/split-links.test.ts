import { describe, expect, it } from 'vitest';
import { splitLinks } from './split-links';

describe('splitLinks', () => {
  it('separates links from the text around them', () => {
    expect(splitLinks('Sign in http://127.0.0.1:3000/a?token=x&y=1 now')).toEqual([
      { kind: 'text', value: 'Sign in ' },
      { kind: 'link', value: 'http://127.0.0.1:3000/a?token=x&y=1' },
      { kind: 'text', value: ' now' },
    ]);
  });

  it('leaves sentence punctuation and brackets outside the link', () => {
    expect(splitLinks('Go to [https://example.com/x]. Or https://example.com/y.')).toEqual([
      { kind: 'text', value: 'Go to [' },
      { kind: 'link', value: 'https://example.com/x' },
      { kind: 'text', value: ']. Or ' },
      { kind: 'link', value: 'https://example.com/y' },
      { kind: 'text', value: '.' },
    ]);
  });

  it('does not treat other schemes as links', () => {
    expect(splitLinks('javascript:alert(1) mailto:a@b.c')).toEqual([
      { kind: 'text', value: 'javascript:alert(1) mailto:a@b.c' },
    ]);
  });
});
