// Recognises "the database is busy" in what Prisma throws, and remembers it for a few seconds.
// SQLite answers SQLITE_BUSY once another process has held the write lock past the adapter's busy
// timeout (5 s, lib/platform/db-adapter.ts); @prisma/adapter-better-sqlite3 reports that as
// SocketTimeout, which Prisma 6.19 turns into P1008 "Operation has timed out". On PostgreSQL the
// same code means a statement timed out, and P2024 that no pooled connection came free.
// better-sqlite3 waits for the lock synchronously, stalling every request of this process, so
// once a write has waited in vain the next ones are refused at once for BUSY_SECONDS instead of
// each waiting again (the state is on globalThis: the proxy and the actions are separate chunks).
// Re-check on Prisma upgrades: the error codes, and how the adapter maps SQLITE_BUSY.

export const BUSY_SECONDS = 5;
const BUSY_CODES = new Set(['P1008', 'P2024']);

const state = globalThis as unknown as { dispatchDatabaseBusyUntil?: number };

export function isDatabaseBusy(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (BUSY_CODES.has(code) || code.startsWith('SQLITE_BUSY'))) return true;
  return typeof message === 'string' && /database is locked|SQLITE_BUSY/.test(message);
}

/** Remember that the database refused a write, so the next writes do not wait for it again. */
export function markDatabaseBusy(now = Date.now()): void {
  state.dispatchDatabaseBusyUntil = now + BUSY_SECONDS * 1000;
}

/** Seconds until a write is worth trying again, or 0 when nothing says the database is busy. */
export function databaseBusySeconds(now = Date.now()): number {
  const until = state.dispatchDatabaseBusyUntil ?? 0;
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}
