// Posting limits (defaults: 1 comment per 15 seconds, 30 per hour), from the settings row and
// counted in the shared store (lib/security/rate-limiter.ts) so every instance shares them.
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createRateLimiter, spend } from '../security/rate-limiter';

type Limits = { per15s: number; perHour: number; short: RateLimiterAbstract; long: RateLimiterAbstract };
const globalForLimits = globalThis as unknown as { dispatchCommentLimits?: Limits };

function limiters(per15s: number, perHour: number): Limits {
  const current = globalForLimits.dispatchCommentLimits;
  if (current && current.per15s === per15s && current.perHour === perHour) return current;
  return (globalForLimits.dispatchCommentLimits = {
    per15s,
    perHour,
    short: createRateLimiter({ keyPrefix: `comment-15s-${per15s}`, points: per15s, duration: 15 }),
    long: createRateLimiter({ keyPrefix: `comment-1h-${perHour}`, points: perHour, duration: 3600 }),
  });
}

/** Seconds to wait, or 0 when the reader may post now. */
export async function consumePostingAllowance(
  userId: string,
  settings: { postsPer15Seconds: number; postsPerHour: number },
): Promise<number> {
  const { short, long } = limiters(settings.postsPer15Seconds, settings.postsPerHour);
  // In turn: a post refused by the short limit does not count against the hourly one.
  return (await spend(short, userId)) || spend(long, userId);
}
