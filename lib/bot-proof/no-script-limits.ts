// The no-script path costs a script only a few seconds' wait, so it gets a tighter limit than
// the proof-of-work path: 4 emails an hour per client address, in the shared store.
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createRateLimiter, spend } from '../security/rate-limiter';

const globalForLimits = globalThis as unknown as { dispatchNoScriptLimit?: RateLimiterAbstract };

/** Whole seconds to wait when the limit is reached, or 0. */
export async function consumeNoScriptAllowance(ip: string): Promise<number> {
  const limiter = (globalForLimits.dispatchNoScriptLimit ??= createRateLimiter({
    keyPrefix: 'noscript-ip',
    points: 4,
    duration: 3600,
  }));
  return spend(limiter, ip);
}
