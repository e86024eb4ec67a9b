// A throwaway SQLite database file with every migration applied: tests run on the real thing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAdapterFactory } from '../../lib/db-adapter';
import { PrismaClient } from '../../lib/generated/prisma/client';
import { migrateDatabase } from '../../lib/setup/migrate-database';

export async function createTestDatabase(): Promise<{ url: string; db: PrismaClient; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-db-'));
  const url = `file:${path.join(dir, 'test.db')}`;
  migrateDatabase(url);
  const db = new PrismaClient({ adapter: createAdapterFactory(url) });
  return {
    url,
    db,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
