// Makes a Prisma client for DATABASE_URL. PostgreSQL has its own generated client (from the
// derived prisma/postgres/schema.prisma, docs/0007-postgresql.md) with the same models, so it is
// typed as the SQLite one. This cast is the only place the two meet: use what both databases have
// (no `mode: 'insensitive'`, no PostgreSQL-only filters).
import { PrismaClient } from './generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from './generated/prisma-pg/client';
import { createAdapterFactory, isPostgresUrl } from './platform/db-adapter';

export function createPrismaClient(url: string): PrismaClient {
  if (isPostgresUrl(url))
    return new PostgresPrismaClient({ adapter: createAdapterFactory(url) }) as unknown as PrismaClient;
  return new PrismaClient({ adapter: createAdapterFactory(url) });
}
