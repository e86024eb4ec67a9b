// Each server follows the invalidation log and hands what is new to its own /api/revalidate
// (revalidatePath needs a request to run in). The position is kept per port in the cache of the
// build being served (docs/0013-builds.md), so a restarted server catches up on what it missed.
import fs from 'node:fs';
import path from 'node:path';
import { db } from '../db';
import { getEnv } from '../env';
import { invalidationsAfter, KEEP_MS, latestInvalidationId } from '../cache/invalidation-log';
import { requestRevalidation } from '../cache/revalidation-request';

export const FOLLOW_INTERVAL_MS = 2000;

export function startInvalidationFollower(intervalMs = FOLLOW_INTERVAL_MS): void {
  const env = getEnv();
  const secret = env.AUTH_SECRET;
  if (!secret) return;
  const positionFile = path.join(env.DISPATCH_BUILD_DIR, 'cache', `dispatch-invalidations-${env.PORT}`);
  let position: number | undefined;
  let written = { at: 0, position: -1 };
  let busy = false;
  let warned = false;

  const follow = async () => {
    if (busy) return;
    busy = true;
    try {
      if (position === undefined) {
        // First round: resume where this server left off, unless that is unknown or so old that
        // the log may have been pruned since; then everything cached is refreshed once.
        // A saved position past the log's end means the database was replaced.
        const saved = readPosition(positionFile);
        const latest = await latestInvalidationId(db);
        if (saved !== undefined && saved <= latest) position = saved;
        else {
          if ((await requestRevalidation(secret, env.PORT, [], true)) !== 'done') return;
          position = latest;
        }
      } else {
        const next = await invalidationsAfter(db, position);
        if (next) {
          // Not listening yet, or a failure: keep the position and try again at the next tick.
          if ((await requestRevalidation(secret, env.PORT, next.paths, next.all)) !== 'done') return;
          position = next.lastId;
        }
      }
      // Rewritten at least every minute: its age tells a restarted server how far behind it is.
      if (Date.now() - written.at > 60_000 || written.position !== position) {
        writePosition(positionFile, position);
        written = { at: Date.now(), position };
      }
      warned = false;
    } catch (err) {
      if (!warned) console.warn(`Cache invalidation: ${(err as Error).message} (will retry)`);
      warned = true;
    } finally {
      busy = false;
    }
  };
  setInterval(() => void follow(), intervalMs).unref();
  void follow();
}

function readPosition(file: string): number | undefined {
  if (!fs.existsSync(file) || Date.now() - fs.statSync(file).mtimeMs > KEEP_MS / 2) return undefined;
  const text = fs.readFileSync(file, 'utf8').trim();
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

function writePosition(file: string, position: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, String(position));
}
