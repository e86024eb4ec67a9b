// Every rate limit's store. The database by default, so several instances share one count with
// nothing more to run; Redis when REDIS_URL is set, for sites whose write load should not also
// carry the counters. If Redis stops answering, the database takes over (insurance limiter)
// rather than letting every request through or refusing every one.
import { Redis } from 'ioredis';
import { RateLimiterPrisma, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { db } from '../db';
import { getEnv } from '../env';

export type LimitOptions = { keyPrefix: string; points: number; duration: number };

const globalForRedis = globalThis as unknown as { dispatchRedis?: Redis };

function redisClient(url: string): Redis {
  // No offline queue: while Redis is unreachable a limit check fails at once and the insurance
  // limiter answers, instead of requests waiting for a reconnect.
  return (globalForRedis.dispatchRedis ??= new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  }).on('error', () => {}));
}

export function createRateLimiter(options: LimitOptions): RateLimiterAbstract {
  const database = new RateLimiterPrisma({ storeClient: db, ...options });
  const url = getEnv().REDIS_URL;
  if (!url) return database;
  return new RateLimiterRedis({ storeClient: redisClient(url), insuranceLimiter: database, ...options });
}

/** Spends one point of `limiter` for `key`: 0 when allowed, else the whole seconds to wait. */
export async function spend(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (err) {
    if (err instanceof RateLimiterRes) return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw err;
  }
}
