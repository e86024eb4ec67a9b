// A coarse flood guard in front of every write (docs/0010-rate-limits.md): at most 300 POSTs a
// minute from one IP address, counted in the shared store (lib/security/rate-limiter.ts) so every
// instance shares the count. Opening an article is two POSTs (view beacon, comment thread), so
// the figure leaves room for many readers behind one office address; the friendlier per-feature
// limits (sign-in, comments, newsletter) apply well below it inside the actions.
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createRateLimiter, spend } from './rate-limiter';

export const WRITES_PER_MINUTE = 300;

const globalForLimits = globalThis as unknown as { dispatchWriteLimit?: RateLimiterAbstract };

function limiter(): RateLimiterAbstract {
  return (globalForLimits.dispatchWriteLimit ??= createRateLimiter({
    keyPrefix: 'write-ip',
    points: WRITES_PER_MINUTE,
    duration: 60,
  }));
}

/** Seconds to wait before `ip` may write again, or 0 when it may write now. */
export async function consumeWriteAllowance(ip: string): Promise<number> {
  return spend(limiter(), ip);
}
