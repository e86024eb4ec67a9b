// Prisma 6 with the JavaScript schema engine: migrate and generate run through the same driver
// adapter as the app, so nothing native is downloaded (see docs/0001-prisma-setup.md).
// A PostgreSQL DATABASE_URL selects the schema and migrations derived for it (docs/0007-postgresql.md).
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createMigrationAdapterFactory, isPostgresUrl } from './lib/platform/db-adapter';

const root = isPostgresUrl(process.env.DATABASE_URL ?? '') ? path.join('prisma', 'postgres') : 'prisma';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(root, 'schema.prisma'),
  migrations: { path: path.join(root, 'migrations') },
  adapter: async () => createMigrationAdapterFactory(process.env.DATABASE_URL),
});
