// Leaving: idempotent, and it keeps only what stops mail (emailKey, status, dates, ledger rows);
// the address, choices and account link are erased (docs/0006-newsletter.md).
import type { Prisma } from '../../generated/prisma/client';
import { db } from '../../db';
import { newsletterSecret } from './email-key';
import { verifyToken } from './subscriber-tokens';

/**
 * `viaDigestId`: the digest whose link they used. A real leave (not a repeat) through a digest
 * they were sent adds one to that digest's count; who left is not recorded against it.
 */
export async function unsubscribeSubscriber(
  subscriberId: string,
  now = new Date(),
  viaDigestId?: string,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const hasLeft = await endSubscription(tx, subscriberId, now);
    if (!hasLeft || !viaDigestId) return;
    const wasSent = await tx.digestDelivery.count({ where: { digestId: viaDigestId, subscriberId } });
    if (wasSent > 0) await tx.digest.update({ where: { id: viaDigestId }, data: { unsubscribes: { increment: 1 } } });
  });
}

/** The unsubscribe itself, inside a caller's transaction (account deletion runs it in its own). */
export async function endSubscription(
  tx: Prisma.TransactionClient,
  subscriberId: string,
  now = new Date(),
): Promise<boolean> {
  const ended = await tx.subscriber.updateMany({
    where: { id: subscriberId, status: { not: 'unsubscribed' } },
    data: {
      status: 'unsubscribed',
      email: null,
      sections: '',
      topics: '',
      userId: null,
      confirmedAt: null,
      unsubscribedAt: now,
      bounceCount: 0,
      suspendedAt: null,
    },
  });
  // A digest that is being sent right now must not reach them either.
  await tx.digestDelivery.updateMany({
    where: { subscriberId, status: 'queued' },
    data: { status: 'skipped', smtpResponse: 'unsubscribed before sending' },
  });
  return ended.count === 1;
}

/** 'ok' for any genuine unsubscribe token, whether or not it was already used. */
export async function unsubscribeByToken(token: string, viaDigestId?: string): Promise<'ok' | 'invalid'> {
  const check = verifyToken(newsletterSecret(), 'unsubscribe', token);
  if (!check.ok) return 'invalid';
  const exists = await db.subscriber.count({ where: { id: check.subscriberId } });
  if (exists === 0) return 'invalid';
  await unsubscribeSubscriber(check.subscriberId, new Date(), digestIdOrUndefined(viaDigestId));
  return 'ok';
}

/** The digest id carried by a digest's unsubscribe link (`&d=`); anything else is ignored. */
export function digestIdOrUndefined(value: string | null | undefined): string | undefined {
  return value && /^[a-z0-9]{10,40}$/.test(value) ? value : undefined;
}

export async function isValidUnsubscribeToken(token: string): Promise<boolean> {
  const check = verifyToken(newsletterSecret(), 'unsubscribe', token);
  return check.ok && (await db.subscriber.count({ where: { id: check.subscriberId } })) > 0;
}
