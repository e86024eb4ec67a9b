// A throwaway database with every migration applied: tests run on the real thing. SQLite by
// default; with TEST_DATABASE=postgresql (scripts/test.sh runs the integration tests once more so),
// a fresh database on the TEST_POSTGRES_URL server, dropped again by cleanup().
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { createPrismaClient } from '../../lib/db-client';
import { migrateDatabase } from '../../lib/setup/migrate-database';

export type TestProvider = 'sqlite' | 'postgresql';
export type TestDatabase = { provider: TestProvider; url: string; db: PrismaClient; cleanup: () => Promise<void> };

export function testProvider(): TestProvider {
  return process.env.TEST_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite';
}

/** `provider`: for a test about one database's own behaviour (SQLite's write lock), whatever TEST_DATABASE says. */
export async function createTestDatabase(provider: TestProvider = testProvider()): Promise<TestDatabase> {
  return provider === 'postgresql' ? createPostgresDatabase() : createSqliteDatabase();
}

async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-db-'));
  const file = path.join(dir, 'test.db');
  fs.copyFileSync(sqliteTemplate(), file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  const cleanup = async () => {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { provider: 'sqlite', url, db, cleanup };
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) throw new Error('TEST_DATABASE=postgresql needs TEST_POSTGRES_URL (e.g. from .ci/start-postgres)');
  const template = await ensureTemplate(server);
  const name = `dispatch_test_${crypto.randomBytes(6).toString('hex')}`;
  // Names are ours (hex), so they can go into the statement: CREATE DATABASE takes no parameters.
  await onServer(server, (admin) => admin.$executeRawUnsafe(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = databaseUrl(server, name);
  const db = createPrismaClient(url);
  const cleanup = async () => {
    await db.$disconnect();
    // FORCE: a child process or a module-level client may still hold a connection.
    await onServer(server, (admin) => admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  };
  return { provider: 'postgresql', url, db, cleanup };
}

// `prisma migrate deploy` takes about 2 s on SQLite (the CLI's start-up) and a test run makes dozens
// of databases: the migrations run once into a file named after their content, and each test
// database is a copy. Built under a name of its own and renamed when complete (atomic), so
// parallel test files never copy half a file.
function sqliteTemplate(): string {
  const file = path.join(os.tmpdir(), `dispatch-template-${migrationsHash(path.join('prisma', 'migrations'))}.db`);
  if (fs.existsSync(file)) return file;
  const building = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
  migrateDatabase(`file:${building}`);
  // A journal left beside it would hold part of the schema; the copy would lack it.
  for (const suffix of ['-wal', '-journal'])
    if (fs.existsSync(building + suffix)) throw new Error(`${building}${suffix} left after migrating`);
  fs.renameSync(building, file);
  return file;
}

function migrationsHash(dir: string): string {
  const hash = crypto.createHash('sha256');
  for (const m of fs.readdirSync(dir).sort())
    if (fs.existsSync(path.join(dir, m, 'migration.sql')))
      hash.update(m).update(fs.readFileSync(path.join(dir, m, 'migration.sql')));
  return hash.digest('hex').slice(0, 16);
}

// `prisma migrate deploy` on PostgreSQL takes 10 s or more (docs/0007-postgresql.md), so the
// migrations run once into a template named after their content, and every test database is a copy.
async function ensureTemplate(server: string): Promise<string> {
  const name = `dispatch_template_${migrationsHash(path.join('prisma', 'postgres', 'migrations'))}`;
  await onServer(server, (admin) =>
    // The lock makes parallel test files wait for the one that builds the template.
    admin.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(7007)`;
        const [{ n }] = await tx.$queryRaw<
          { n: bigint }[]
        >`SELECT count(*) AS n FROM pg_database WHERE datname = ${name}`;
        if (Number(n) > 0) return;
        // Built under another name and renamed when complete, so a failed build is never used.
        await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}_build"`);
        await admin.$executeRawUnsafe(`CREATE DATABASE "${name}_build"`);
        migrateDatabase(databaseUrl(server, `${name}_build`));
        await admin.$executeRawUnsafe(`ALTER DATABASE "${name}_build" RENAME TO "${name}"`);
      },
      { maxWait: 120_000, timeout: 120_000 },
    ),
  );
  return name;
}

function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(server: string, work: (admin: PrismaClient) => Promise<unknown>): Promise<void> {
  const admin = createPrismaClient(server);
  try {
    await work(admin);
  } finally {
    await admin.$disconnect();
  }
}
