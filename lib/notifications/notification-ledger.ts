// The comment-notification ledger, the same state machine as the digest's (docs/0006, 0014):
// queued → sending (claimed, durably, before any SMTP traffic) → delivering (written just
// before SMTP's end-of-data mark) → sent | failed | skipped, or back to queued for a retry.
// A claim is one email: one row, or all of a reader's due daily rows (the summary), under one
// claim token. After a crash, "sending" rows were certainly not delivered and are queued
// again; "delivering" rows may have been, so they become unknown and are never resent.
import crypto from 'node:crypto';
import { db } from '../db';

export type Claim = { claimToken: string; recipientId: string; kind: string; ids: string[] };

/** Claims up to `limit` due emails; the conditional update gives a row to one sender only. */
export async function claimDue(limit: number, now = new Date()): Promise<Claim[]> {
  const due = await db.commentNotification.findMany({
    where: { status: 'queued', nextAttemptAt: { lte: now } },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
    take: limit * 20,
    select: { id: true, kind: true, recipientId: true, delivery: true },
  });
  // Daily rows of one reader and kind go into one email; everything else is one email a row.
  const groups = new Map<string, { recipientId: string; kind: string; ids: string[]; isDaily: boolean }>();
  for (const row of due) {
    const isDaily = row.delivery === 'daily';
    const key = isDaily ? `daily:${row.kind}:${row.recipientId}` : row.id;
    const group = groups.get(key) ?? { recipientId: row.recipientId, kind: row.kind, ids: [], isDaily };
    group.ids.push(row.id);
    groups.set(key, group);
    if (groups.size >= limit) break;
  }
  const claims: Claim[] = [];
  for (const { isDaily, ...group } of groups.values()) {
    const claimToken = crypto.randomUUID();
    // A summary takes every due daily row of that reader, also those beyond this page.
    const where = isDaily
      ? { recipientId: group.recipientId, kind: group.kind, delivery: 'daily', nextAttemptAt: { lte: now } }
      : { id: { in: group.ids } };
    await db.commentNotification.updateMany({
      where: { ...where, status: 'queued' },
      data: { status: 'sending', claimToken, claimedAt: now, attempts: { increment: 1 } },
    });
    const claimed = await db.commentNotification.findMany({ where: { claimToken }, select: { id: true } });
    if (claimed.length > 0) claims.push({ ...group, claimToken, ids: claimed.map((r) => r.id) });
  }
  return claims;
}

export class LostNotificationClaimError extends Error {
  override name = 'LostNotificationClaimError';
}

/** Just before the message becomes deliverable; fails if the claim was taken over meanwhile. */
export async function markDelivering(claim: Claim, ids: string[] = claim.ids): Promise<void> {
  const { count } = await db.commentNotification.updateMany({
    where: { id: { in: ids }, claimToken: claim.claimToken, status: 'sending' },
    data: { status: 'delivering' },
  });
  if (count !== ids.length)
    throw new LostNotificationClaimError(`notification claim ${claim.claimToken} is no longer held by this sender`);
}

/** What a dead sender left in flight. Only a lease holder calls this (no live sender is mid-send). */
export async function settleAbandoned(): Promise<{ requeued: number; unknown: number }> {
  const [requeued, unknown] = await db.$transaction([
    db.commentNotification.updateMany({ where: { status: 'sending' }, data: { status: 'queued', claimToken: null } }),
    db.commentNotification.updateMany({
      where: { status: 'delivering' },
      data: {
        status: 'unknown',
        claimToken: null,
        smtpResponse: 'sender stopped at the end of the message; it may have been delivered, so it is not resent',
      },
    }),
  ]);
  return { requeued: requeued.count, unknown: unknown.count };
}

export type NotificationOutcome =
  | { status: 'sent' | 'failed' | 'skipped' | 'unknown'; response: string }
  | { status: 'retry'; response: string; nextAttemptAt: Date };

/** Settles rows of a claim (all of them, or `ids`); rows taken over since are left alone. */
export async function recordOutcome(
  claim: Claim,
  outcome: NotificationOutcome,
  ids: string[] = claim.ids,
  now = new Date(),
): Promise<void> {
  const where = { id: { in: ids }, claimToken: claim.claimToken, status: { in: ['sending', 'delivering'] } };
  const smtpResponse = outcome.response.slice(0, 500);
  await db.commentNotification.updateMany({
    where,
    data:
      outcome.status === 'retry'
        ? { status: 'queued', claimToken: null, nextAttemptAt: outcome.nextAttemptAt, smtpResponse }
        : { status: outcome.status, claimToken: null, smtpResponse, sentAt: outcome.status === 'sent' ? now : null },
  });
}
