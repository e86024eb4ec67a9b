// The one Prisma client. Kept on globalThis so dev-server reloads don't open a client per reload.
import type { PrismaClient } from './generated/prisma/client';
import { createPrismaClient } from './db-client';
import { getEnv } from './env';

const globalForDb = globalThis as unknown as { dispatchDb?: PrismaClient };

export const db: PrismaClient = globalForDb.dispatchDb ?? createPrismaClient(getEnv().DATABASE_URL);
globalForDb.dispatchDb = db;
