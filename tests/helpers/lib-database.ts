// For test files that call lib/ directly: a throwaway database that lib/db.ts is pointed at for the
// file's tests (lib/ reads DATABASE_URL once, on first import), disconnected and dropped after.
import { afterAll, beforeAll, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Registers the hooks; the returned function gives the database inside tests. */
export function useLibDatabase(): () => TestDatabase {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
    vi.stubEnv('DATABASE_URL', t.url);
  });
  afterAll(async () => {
    const { db } = await import('../../lib/db');
    await db.$disconnect();
    await t?.cleanup();
    vi.unstubAllEnvs();
  });
  return () => t!;
}
