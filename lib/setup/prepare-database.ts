// The database step of `npm start` and `npm run dev`: check the file, apply what is pending.
// Only a start with migrations to apply asks for SQLite's write lock, so a start with nothing to
// migrate works beside readers and writers (a backup, `npm run digest`); one that must migrate
// while another process holds the lock says so and names that process.
import { checkSqliteFile } from './check-sqlite-file';
import { databaseLockedMessage } from './find-database-holders';
import { migrateDatabase } from './migrate-database';
import { isWriteLocked, listPendingMigrations } from './pending-migrations';

export type DatabasePreparation = { ok: true; applied: string[] | 'unknown' } | { ok: false; problem: string };

const LOCKED = /SocketTimeout|database is locked|SQLITE_BUSY/i;

export function prepareDatabase(url: string): DatabasePreparation {
  const problem = checkSqliteFile(url);
  if (problem) return { ok: false, problem };
  const file = url.replace(/^file:/, '');
  let pending: string[] | null;
  try {
    pending = listPendingMigrations(url);
  } catch (err) {
    if (LOCKED.test((err as Error).message))
      return { ok: false, problem: databaseLockedMessage(file, (err as Error).message) };
    throw err;
  }
  if (pending?.length === 0) return { ok: true, applied: [] };
  if (pending && isWriteLocked(url)) return { ok: false, problem: databaseLockedMessage(file) };
  try {
    migrateDatabase(url);
  } catch (err) {
    const message = (err as Error).message;
    // A reader in a long transaction can still stop the schema engine after the probe above.
    if (pending && LOCKED.test(message)) return { ok: false, problem: databaseLockedMessage(file) };
    const detail = message
      .split('\n')
      .filter((l) => /error|fail|locked|corrupt|not a database|denied|refused/i.test(l))
      .slice(0, 3)
      .join('\n  ');
    const where = url.replace(/\/\/[^@]*@/, '//…@');
    return {
      ok: false,
      problem: `Could not prepare the database (${where}).\n  ${detail || message.split('\n')[0]}\nIf the file is damaged, restore data/ from a backup.`,
    };
  }
  return { ok: true, applied: pending ?? 'unknown' };
}
