import { expect, it } from 'vitest';
import { hasSessionCookie } from './session-cookie';

it('finds the session cookie in each of its forms, and only it', () => {
  expect(hasSessionCookie('authjs.session-token=abc')).toBe(true);
  expect(hasSessionCookie('theme=dark; __Secure-authjs.session-token=abc')).toBe(true);
  expect(hasSessionCookie('theme=dark;authjs.session-token.0=abc')).toBe(true);
  expect(hasSessionCookie(undefined)).toBe(false);
  expect(hasSessionCookie('authjs.csrf-token=abc; authjs.callback-url=x')).toBe(false);
  expect(hasSessionCookie('my-authjs.session-token=abc')).toBe(false);
  expect(hasSessionCookie('note=authjs.session-token=abc')).toBe(false);
});
