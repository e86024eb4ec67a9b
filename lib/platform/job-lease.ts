// A lease row per job holder: whoever holds an unexpired lease is running. Digest senders each
// hold one of their own, so that senders sharing a digest can tell a live one (whose claimed
// rows are its to finish) from one that died (whose rows are settled by the others).
import os from 'node:os';
import { db } from '../db';

/** `host:pid:random`: lets a re-run on the same machine see that the holder has died. */
export function leaseHolderId(random: string): string {
  return `${os.hostname()}:${process.pid}:${random}`;
}

function isDeadLocalHolder(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== os.hostname() || !Number(pid)) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Takes the lease when it is free, expired, or already ours; false when someone else holds it. */
export async function acquireLease(name: string, holder: string, ttlMs: number, now = new Date()): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const taken = await db.jobLease.updateMany({
    where: { name, OR: [{ expiresAt: { lt: now } }, { holder }] },
    data: { holder, expiresAt },
  });
  if (taken.count === 1) return true;
  // A run killed on this machine need not block a re-run until its lease expires.
  const current = await db.jobLease.findUnique({ where: { name } });
  if (current && isDeadLocalHolder(current.holder)) {
    const stolen = await db.jobLease.updateMany({
      where: { name, holder: current.holder },
      data: { holder, expiresAt },
    });
    return stolen.count === 1;
  }
  try {
    await db.jobLease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (err) {
    // Another holder created it between our update and create.
    if ((err as { code?: string }).code === 'P2002') return false;
    throw err;
  }
}

/** Extends our lease; false when it was lost (expired and taken by someone else). */
export async function renewLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
  const renewed = await db.jobLease.updateMany({
    where: { name, holder },
    data: { expiresAt: new Date(Date.now() + ttlMs) },
  });
  return renewed.count === 1;
}

export async function releaseLease(name: string, holder: string): Promise<void> {
  await db.jobLease.deleteMany({ where: { name, holder } });
}

/** Is `holder` still running the job: its lease unexpired and, on this machine, its process alive? */
export async function isLeaseHeld(name: string, holder: string, now = new Date()): Promise<boolean> {
  if (isDeadLocalHolder(holder)) return false;
  const lease = await db.jobLease.findUnique({ where: { name } });
  return lease !== null && lease.holder === holder && lease.expiresAt > now;
}

export type HeldLease = {
  /** Aborted when the lease is lost (a long stall let it expire) or `outer` aborts. */
  signal: AbortSignal;
  /** Stops renewing and gives the lease up. */
  release: () => Promise<void>;
};

/** Renews a lease we hold every quarter of its time until released; losing it aborts `signal`. */
export function keepLease(name: string, holder: string, ttlMs: number, outer?: AbortSignal): HeldLease {
  const stop = new AbortController();
  outer?.addEventListener('abort', () => stop.abort(), { once: true });
  const renewal = setInterval(() => {
    renewLease(name, holder, ttlMs).then(
      (ok) => ok || stop.abort(),
      () => stop.abort(),
    );
  }, ttlMs / 4);
  return {
    signal: stop.signal,
    release: async () => {
      clearInterval(renewal);
      await releaseLease(name, holder);
    },
  };
}
