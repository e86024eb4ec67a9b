// Picks the Prisma driver adapter from DATABASE_URL. Shared by the app (lib/db.ts) and the
// Prisma CLI (prisma.config.ts), so both always talk to the same database the same way.
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

export const DEFAULT_DATABASE_URL = 'file:./data/dispatch.db';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function createAdapterFactory(url: string = DEFAULT_DATABASE_URL) {
  if (isPostgresUrl(url)) return new PrismaPg({ connectionString: url });
  const file = url.replace(/^file:/, '');
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // A busy timeout lets concurrent writers wait for the lock instead of failing at once.
  return new PrismaBetterSQLite3({ url, timeout: 5000 });
}
