// HMAC signatures for internal calls and links; compared in constant time.
import crypto from 'node:crypto';

export function sign(secret: string, purpose: string, payload: string): string {
  return crypto.createHmac('sha256', secret).update(`${purpose}\n${payload}`).digest('base64url');
}

export function verify(secret: string, purpose: string, payload: string, signature: string): boolean {
  return isSameSecret(signature, sign(secret, purpose, payload));
}

/** Constant-time string comparison; strings of different byte lengths are simply unequal. */
export function isSameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
