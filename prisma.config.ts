// Prisma 6 with the JavaScript schema engine: migrate and generate run through the same driver
// adapter as the app, so nothing native is downloaded (see docs/0001-prisma-setup.md).
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createAdapterFactory } from './lib/db-adapter';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  adapter: async () => createAdapterFactory(process.env.DATABASE_URL),
});
