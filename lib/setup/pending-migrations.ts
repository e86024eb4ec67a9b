// Which migrations a SQLite database still lacks, read without taking the write lock, so that
// `npm start` can start beside readers (a backup, `npm run digest`) when there is nothing to do:
// `prisma migrate deploy` wants the write lock even then.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Migration folder names not yet applied; null when it cannot tell (PostgreSQL). */
export function listPendingMigrations(url: string, migrationsDir = path.join('prisma', 'migrations')): string[] | null {
  if (!url.startsWith('file:')) return null;
  const all = fs
    .readdirSync(migrationsDir)
    .filter((m) => fs.existsSync(path.join(migrationsDir, m, 'migration.sql')))
    .sort();
  const file = url.replace(/^file:/, '');
  if (!fs.existsSync(file)) return all;
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 2000 });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return all;
    // A failed or rolled-back migration counts as pending: migrate deploy decides what to do.
    const rows = db
      .prepare(
        'SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      )
      .all() as { name: string }[];
    const applied = new Set(rows.map((r) => r.name));
    return all.filter((m) => !applied.has(m));
  } finally {
    db.close();
  }
}

/** True when another connection holds the write lock now (waits up to `timeoutMs` for it). */
export function isWriteLocked(url: string, timeoutMs = 2000): boolean {
  const file = url.replace(/^file:/, '');
  if (!url.startsWith('file:') || !fs.existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true, timeout: timeoutMs });
  try {
    db.prepare('BEGIN IMMEDIATE').run();
    db.prepare('ROLLBACK').run();
    return false;
  } catch (err) {
    if (/locked|busy/i.test((err as Error).message)) return true;
    throw err;
  } finally {
    db.close();
  }
}
