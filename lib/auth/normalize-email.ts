import { checkEmailAddress } from '../mail/email-address';

/** Thrown with a sentence the sign-in form can show as it is. */
export class InvalidEmailAddressError extends Error {}

/**
 * One account per address: trimmed and lower-cased; anything but a plain address is refused, by
 * the same rules as newsletter sign-ups (ASCII local part — Auth.js and many mail systems cannot
 * take an internationalised one — and a real domain, stored as punycode).
 */
export function normalizeEmail(input: string): string {
  const check = checkEmailAddress(input);
  if (!check.ok) throw new InvalidEmailAddressError(check.reason);
  return check.key;
}
