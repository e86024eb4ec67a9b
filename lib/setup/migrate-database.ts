import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Applies pending migrations with the Prisma CLI (JS schema engine; no download needed). */
export function migrateDatabase(databaseUrl: string): void {
  const prisma = path.resolve('node_modules', '.bin', 'prisma');
  const run = spawnSync(prisma, ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`Database migration failed:\n${run.stdout}\n${run.stderr}`.trim());
  }
}
