// The one Prisma client. Kept on globalThis so dev-server reloads don't open a client per reload.
import { PrismaClient } from './generated/prisma/client';
import { createAdapterFactory } from './db-adapter';
import { getEnv } from './env';

const globalForDb = globalThis as unknown as { dispatchDb?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: createAdapterFactory(getEnv().DATABASE_URL) });
}

export const db: PrismaClient = globalForDb.dispatchDb ?? createClient();
globalForDb.dispatchDb = db;
