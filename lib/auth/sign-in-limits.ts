// At most 5 sign-in emails per mailbox and 20 per IP address an hour, counted in the shared
// store (the database, or Redis with REDIS_URL: lib/security/rate-limiter.ts) so every instance
// shares the count. "Per mailbox": a+1@ and a+2@ reach one inbox, so they share one allowance.
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { mailboxKey } from '../mail/mailbox-key';
import { createRateLimiter, spend } from '../security/rate-limiter';

const HOUR = 3600;
const globalForLimits = globalThis as unknown as {
  dispatchSignInLimits?: { byEmail: RateLimiterAbstract; byIp: RateLimiterAbstract };
};

function limiters() {
  return (globalForLimits.dispatchSignInLimits ??= {
    byEmail: createRateLimiter({ keyPrefix: 'signin-email', points: 5, duration: HOUR }),
    byIp: createRateLimiter({ keyPrefix: 'signin-ip', points: 20, duration: HOUR }),
  });
}

/** Returns the seconds to wait when a limit is reached, or 0 when the email may be sent. */
export async function consumeSignInAllowance(email: string, ip: string): Promise<number> {
  const { byEmail, byIp } = limiters();
  return Math.max(...(await Promise.all([spend(byEmail, mailboxKey(email)), spend(byIp, ip)])));
}
