// Subscribers are found by a keyed hash of the lower-cased address, so an unsubscribed row can
// drop the address itself and still block re-sending and honour a later re-subscribe.
import crypto from 'node:crypto';
import { getEnv } from '../../env';

export function emailKeyOf(lowerCasedEmail: string): string {
  return crypto
    .createHmac('sha256', newsletterSecret())
    .update(`newsletter-email\n${lowerCasedEmail}`)
    .digest('base64url');
}

export function newsletterSecret(): string {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set (npm start generates one into data/auth-secret)');
  return secret;
}
