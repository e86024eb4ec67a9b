// At most 3 sign-up requests per mailbox and 10 per IP address an hour, counted in the shared store
// (lib/security/rate-limiter.ts, as for sign-in) so every instance shares the count. "Per mailbox":
// a+1@ and a+2@ reach one inbox, so they share one allowance (lib/mail/mailbox-key.ts).
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { mailboxKey } from '../../mail/mailbox-key';
import { createRateLimiter, spend } from '../../security/rate-limiter';
import { emailKeyOf } from './email-key';

const HOUR = 3600;
const globalForLimits = globalThis as unknown as {
  dispatchNewsletterLimits?: { byEmail: RateLimiterAbstract; byIp: RateLimiterAbstract };
};

function limiters() {
  return (globalForLimits.dispatchNewsletterLimits ??= {
    byEmail: createRateLimiter({ keyPrefix: 'newsletter-email', points: 3, duration: HOUR }),
    byIp: createRateLimiter({ keyPrefix: 'newsletter-ip', points: 10, duration: HOUR }),
  });
}

/** Minutes to wait when a limit is reached, or 0. The store gets a keyed hash of the mailbox, never the address. */
export async function consumeSubscribeAllowance(email: string, ip: string): Promise<number> {
  const { byEmail, byIp } = limiters();
  const seconds = Math.max(...(await Promise.all([spend(byEmail, emailKeyOf(mailboxKey(email))), spend(byIp, ip)])));
  return Math.ceil(seconds / 60);
}
