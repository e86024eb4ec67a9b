// At most 3 sign-up requests per address and 10 per IP address an hour, counted in the shared store
// (lib/security/rate-limiter.ts, as for sign-in) so every instance shares the count.
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createRateLimiter, spend } from '../security/rate-limiter';

const HOUR = 3600;
const globalForLimits = globalThis as unknown as { dispatchNewsletterLimits?: { byEmail: RateLimiterAbstract; byIp: RateLimiterAbstract } };

function limiters() {
  return (globalForLimits.dispatchNewsletterLimits ??= {
    byEmail: createRateLimiter({ keyPrefix: 'newsletter-email', points: 3, duration: HOUR }),
    byIp: createRateLimiter({ keyPrefix: 'newsletter-ip', points: 10, duration: HOUR }),
  });
}

/** Minutes to wait when a limit is reached, or 0. `emailKey` is the hashed address, never the address. */
export async function consumeSubscribeAllowance(emailKey: string, ip: string): Promise<number> {
  const { byEmail, byIp } = limiters();
  const seconds = Math.max(...(await Promise.all([spend(byEmail, emailKey), spend(byIp, ip)])));
  return Math.ceil(seconds / 60);
}
