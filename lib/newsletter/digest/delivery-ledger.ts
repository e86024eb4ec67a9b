// The ledger operations. A row moves queued → sending (claimed, durably, before any SMTP
// traffic) → delivering (written just before the SMTP end-of-data mark, the one step after
// which the server may deliver) → sent | failed | skipped, or back to queued for a retry.
// After a crash, "sending" rows were certainly not delivered and go back to the queue;
// "delivering" rows may have been, so they become unknown and are never sent again
// (docs/0006-newsletter.md). Several senders (processes, server instances) may work on one digest
// at once: each claim carries its sender's id, and only the claims of senders that are gone are
// settled (docs/0018-digest-throughput.md).
import crypto from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client';
import { db } from '../../db';
import { isPostgres } from '../../env';

export const claimedSelect = {
  id: true,
  attempts: true,
  claimToken: true,
  subscriber: {
    select: {
      id: true,
      email: true,
      status: true,
      frequency: true,
      sections: true,
      topics: true,
      tokenVersion: true,
      bounceCount: true,
    },
  },
} as const;

export type ClaimedDelivery = Awaited<ReturnType<typeof claimBatch>>[number];

/** `sender/random`: whose claim a row is, so a dead sender's rows can be told from a live one's. */
export function newClaimToken(sender: string): string {
  return `${sender}/${crypto.randomUUID()}`;
}

/** The sender of a claim; null for a claim written before claims named their sender. */
export function senderOfClaim(claimToken: string | null): string | null {
  const slash = claimToken?.lastIndexOf('/') ?? -1;
  return slash > 0 ? claimToken!.slice(0, slash) : null;
}

/**
 * Claims up to `size` due rows for `sender`; a row is claimable by one sender only. On PostgreSQL
 * the rows are picked with FOR UPDATE SKIP LOCKED, so concurrent senders take disjoint batches
 * instead of racing for the same ones; SQLite has one writer at a time, and the conditional
 * update (status still queued) is the claim there.
 */
export async function claimBatch(digestId: string, size: number, sender: string, now = new Date()) {
  const claimToken = newClaimToken(sender);
  if (isPostgres()) {
    const claimed = await db.$executeRaw`
      UPDATE "DigestDelivery"
      SET "status" = 'sending', "claimToken" = ${claimToken}, "claimedAt" = ${now}, "attempts" = "attempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM "DigestDelivery"
        WHERE "digestId" = ${digestId} AND "status" = 'queued' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt"
        LIMIT ${size}
        FOR UPDATE SKIP LOCKED
      ) AND "status" = 'queued'`;
    if (claimed === 0) return [];
  } else {
    // Another sender may take the rows between our read and our update; then read again.
    for (let tries = 0; ; tries++) {
      const due = await db.digestDelivery.findMany({
        where: { digestId, status: 'queued', nextAttemptAt: { lte: now } },
        orderBy: { nextAttemptAt: 'asc' },
        take: size,
        select: { id: true },
      });
      if (due.length === 0) return [];
      const { count } = await db.digestDelivery.updateMany({
        where: { id: { in: due.map((d) => d.id) }, status: 'queued' },
        data: { status: 'sending', claimToken, claimedAt: now, attempts: { increment: 1 } },
      });
      if (count > 0 || tries >= 3) break;
    }
  }
  return db.digestDelivery.findMany({ where: { claimToken }, select: claimedSelect });
}

/** When the next queued row (waiting for a retry) becomes due; null when nothing is queued. */
export async function nextQueuedAt(digestId: string): Promise<Date | null> {
  const next = await db.digestDelivery.findFirst({
    where: { digestId, status: 'queued' },
    orderBy: { nextAttemptAt: 'asc' },
    select: { nextAttemptAt: true },
  });
  return next?.nextAttemptAt ?? null;
}

export class LostClaimError extends Error {
  override name = 'LostClaimError';
}

/**
 * Records that this message is about to become deliverable, and in the same commit the outcomes
 * this worker knows but has not written yet (`owed`: its previous message's, usually). One commit
 * per message instead of two, and still at most one row per worker whose fate a kill leaves
 * open (docs/0018). Conditional on our claim, so a sender whose rows were taken over (it lost the
 * lease, a re-run settled them) never finishes; false then (the owed outcomes are written anyway).
 */
export async function markDelivering(
  row: { id: string; claimToken: string | null },
  owed: DeliveryOutcome[],
  bounceLimit: number,
  now = new Date(),
): Promise<boolean> {
  const mark = db.$executeRaw`
    UPDATE "DigestDelivery" SET "status" = 'delivering'
    WHERE "id" = ${row.id} AND "status" = 'sending' AND "claimToken" = ${row.claimToken}`;
  if (owed.length === 0) return (await mark) === 1;
  const results = await db.$transaction([...outcomeWrites(owed, bounceLimit, now), mark]);
  return results.at(-1) === 1;
}

/**
 * What dead senders left in flight: back to the queue if never deliverable, else unknown. A
 * sender counts as dead when `isAlive` says so (its lease expired, or its process is gone); the
 * rows of live senders are theirs to finish.
 */
export async function settleAbandoned(
  digestId: string,
  isAlive: (sender: string) => Promise<boolean>,
): Promise<{ requeued: number; unknown: number; deadSenders: string[] }> {
  const inFlight = await db.digestDelivery.findMany({
    where: { digestId, status: { in: ['sending', 'delivering'] } },
    distinct: ['claimToken'],
    select: { claimToken: true },
  });
  const verdicts = new Map<string, boolean>();
  const deadClaims: (string | null)[] = [];
  for (const { claimToken } of inFlight) {
    const sender = senderOfClaim(claimToken);
    if (sender !== null && !verdicts.has(sender)) verdicts.set(sender, await isAlive(sender));
    if (sender === null || !verdicts.get(sender)) deadClaims.push(claimToken);
  }
  const deadSenders = [...verdicts].flatMap(([sender, alive]) => (alive ? [] : [sender]));
  if (deadClaims.length === 0) return { requeued: 0, unknown: 0, deadSenders };
  const tokens = deadClaims.filter((c): c is string => c !== null);
  const claim = deadClaims.includes(null)
    ? { OR: [{ claimToken: { in: tokens } }, { claimToken: null }] }
    : { claimToken: { in: tokens } };
  const [requeued, unknown] = await db.$transaction([
    db.digestDelivery.updateMany({
      where: { digestId, status: 'sending', ...claim },
      data: { status: 'queued', claimToken: null },
    }),
    db.digestDelivery.updateMany({
      where: { digestId, status: 'delivering', ...claim },
      data: {
        status: 'unknown',
        claimToken: null,
        smtpResponse: 'sender stopped at the end of the message; it may have been delivered, so it is not resent',
      },
    }),
  ]);
  return { requeued: requeued.count, unknown: unknown.count, deadSenders };
}

/** Puts claimed rows that were never attempted back, after a graceful stop. */
export async function releaseUnsent(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.digestDelivery.updateMany({
    where: { id: { in: ids }, status: 'sending' },
    data: { status: 'queued', claimToken: null, attempts: { decrement: 1 } },
  });
}

/** `claimToken` is the claim the outcome belongs to: a row taken over since is not touched. */
export type DeliveryOutcome = { id: string; claimToken: string | null; response: string } & (
  | { status: 'sent'; subscriberId: string; hadBounces: boolean }
  | { status: 'failed'; subscriberId: string; isBounce: boolean }
  | { status: 'skipped' }
  | { status: 'unknown' }
  | { status: 'retry'; nextAttemptAt: Date }
);

/** Records outcomes in one transaction (one commit instead of one per message). */
export async function recordOutcomes(
  outcomes: DeliveryOutcome[],
  bounceLimit: number,
  now = new Date(),
): Promise<void> {
  if (outcomes.length === 0) return;
  await db.$transaction(outcomeWrites(outcomes, bounceLimit, now));
}

// Each row's write is raw SQL (the same on SQLite and PostgreSQL): it runs once or twice per
// message, and Prisma's query compiler cost more CPU than the write itself (docs/0018). Only
// outcomes for the row's own claim are written: a row taken over since is not touched.
function outcomeWrites(outcomes: DeliveryOutcome[], bounceLimit: number, now: Date) {
  const writes = outcomes.flatMap((o): Prisma.PrismaPromise<unknown>[] => {
    const row =
      o.status === 'retry'
        ? db.$executeRaw`
            UPDATE "DigestDelivery"
            SET "status" = 'queued', "claimToken" = NULL, "nextAttemptAt" = ${o.nextAttemptAt}, "smtpResponse" = ${o.response}
            WHERE "id" = ${o.id} AND "claimToken" = ${o.claimToken} AND "status" IN ('sending', 'delivering')`
        : db.$executeRaw`
            UPDATE "DigestDelivery"
            SET "status" = ${o.status}, "claimToken" = NULL, "smtpResponse" = ${o.response}, "sentAt" = ${o.status === 'sent' ? now : null}
            WHERE "id" = ${o.id} AND "claimToken" = ${o.claimToken} AND "status" IN ('sending', 'delivering')`;
    if (o.status === 'sent' && o.hadBounces)
      return [row, db.subscriber.update({ where: { id: o.subscriberId }, data: { bounceCount: 0 } })];
    if (o.status === 'failed' && o.isBounce)
      return [row, db.subscriber.update({ where: { id: o.subscriberId }, data: { bounceCount: { increment: 1 } } })];
    return [row];
  });
  const bounced = outcomes.flatMap((o) => (o.status === 'failed' && o.isBounce ? [o.subscriberId] : []));
  if (bounced.length > 0)
    writes.push(
      db.subscriber.updateMany({
        where: { id: { in: bounced }, status: 'active', bounceCount: { gte: bounceLimit } },
        data: { status: 'suspended', suspendedAt: now },
      }),
    );
  return writes;
}
