// SQLite in WAL mode lets pages be read while something writes. Switching needs every other
// connection closed, so it is done only when the mode differs, and skipped (with a warning)
// while another process has the file open: a start must not fail for an optimisation.
import type { PrismaClient } from '../generated/prisma/client';

export async function ensureWriteAheadLog(db: PrismaClient): Promise<void> {
  const [current] = await db.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
  if (current?.journal_mode === 'wal') return;
  try {
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  } catch (err) {
    console.warn(
      `Warning: could not switch the database to WAL mode while another process has it open (${(err as Error).message.trim().split('\n').pop()}); the next start tries again.`,
    );
  }
}
