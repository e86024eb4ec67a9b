// Subscribers are found by a keyed hash of the lower-cased address, so an unsubscribed row can
// drop the address itself and still block re-sending and honour a later re-subscribe.
import crypto from 'node:crypto';
import { authSecret } from '../../env';

export function emailKeyOf(lowerCasedEmail: string): string {
  return crypto
    .createHmac('sha256', newsletterSecret())
    .update(`newsletter-email\n${lowerCasedEmail}`)
    .digest('base64url');
}

/** What newsletter and notification links are signed with. */
export const newsletterSecret = authSecret;
