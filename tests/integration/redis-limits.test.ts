// With REDIS_URL the limits count in Redis — a real redis-server on loopback (.ci/run installs it) —
// so every instance pointing at it shares one count and the database is not written; when Redis
// dies, the database takes over and the limits still hold.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '../helpers/free-port';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis)
  console.warn(
    'redis-server is not installed: the REDIS_URL tests are skipped (apt-get install redis-server; .ci/run does).',
  );

describe.skipIf(!hasRedis)('rate limits in Redis', () => {
  let t: TestDatabase;
  let redis: ChildProcess;
  let probe: Redis;

  beforeAll(async () => {
    t = await createTestDatabase();
    const port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    // Ready when it answers; it takes a moment to start listening.
    for (let i = 0; ; i++) {
      probe = new Redis(port, '127.0.0.1', { lazyConnect: true, retryStrategy: () => null });
      probe.on('error', () => {});
      if (
        await probe.connect().then(
          () => true,
          () => false,
        )
      )
        break;
      if (i > 50) throw new Error('redis-server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    vi.stubEnv('DATABASE_URL', t.url);
    vi.stubEnv('REDIS_URL', `redis://127.0.0.1:${port}`);
  });

  afterAll(async () => {
    probe?.disconnect();
    redis?.kill('SIGKILL');
    const { db } = await import('../../lib/db');
    await db.$disconnect();
    await t?.cleanup();
    vi.unstubAllEnvs();
  });

  it('counts in Redis, refuses past the limit, and writes nothing to the database', async () => {
    const { createRateLimiter } = await import('../../lib/security/rate-limiter');
    // Two limiters with one prefix stand for two instances: the count is the server's, not theirs.
    // Until the app's Redis connection is up, the database answers (insurance): wait for it.
    const warmUp = createRateLimiter({ keyPrefix: 'warm-up', points: 1000, duration: 60 });
    for (let i = 0; (await probe.get('warm-up:x')) === null; i++) {
      if (i > 50) throw new Error('the app never reached Redis');
      await warmUp.consume('x');
      await new Promise((r) => setTimeout(r, 50));
    }
    await t.db.rateLimiterFlexible.deleteMany();
    const a = createRateLimiter({ keyPrefix: 'redis-test', points: 3, duration: 60 });
    const b = createRateLimiter({ keyPrefix: 'redis-test', points: 3, duration: 60 });
    await a.consume('reader');
    await b.consume('reader');
    await a.consume('reader');
    const refused = await b.consume('reader').catch((r: unknown) => r);
    expect(refused).toBeInstanceOf(RateLimiterRes);
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(0);
    expect(Number(await probe.get('redis-test:reader'))).toBeGreaterThanOrEqual(3);
    expect(await t.db.rateLimiterFlexible.count()).toBe(0);
  });

  it('when Redis dies, the database keeps counting', async () => {
    const { createRateLimiter } = await import('../../lib/security/rate-limiter');
    const limiter = createRateLimiter({ keyPrefix: 'redis-down', points: 2, duration: 60 });
    redis.kill('SIGKILL');
    await new Promise((r) => redis.once('exit', r));
    await limiter.consume('reader');
    await limiter.consume('reader');
    await expect(limiter.consume('reader')).rejects.toBeInstanceOf(RateLimiterRes);
    expect(await t.db.rateLimiterFlexible.count()).toBeGreaterThan(0);
  });
});
