// Leaving: idempotent, and it keeps only what stops mail (emailKey, status, dates, ledger rows);
// the address, choices and account link are erased (docs/0006-newsletter.md).
import type { Prisma } from '../../generated/prisma/client';
import { db } from '../../db';
import { newsletterSecret } from './email-key';
import { verifyToken } from './subscriber-tokens';

export async function unsubscribeSubscriber(subscriberId: string, now = new Date()): Promise<void> {
  await db.$transaction((tx) => endSubscription(tx, subscriberId, now));
}

/** The unsubscribe itself, inside a caller's transaction (account deletion runs it in its own). */
export async function endSubscription(
  tx: Prisma.TransactionClient,
  subscriberId: string,
  now = new Date(),
): Promise<void> {
  await tx.subscriber.updateMany({
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
}

/** 'ok' for any genuine unsubscribe token, whether or not it was already used. */
export async function unsubscribeByToken(token: string): Promise<'ok' | 'invalid'> {
  const check = verifyToken(newsletterSecret(), 'unsubscribe', token);
  if (!check.ok) return 'invalid';
  const exists = await db.subscriber.count({ where: { id: check.subscriberId } });
  if (exists === 0) return 'invalid';
  await unsubscribeSubscriber(check.subscriberId);
  return 'ok';
}

export async function isValidUnsubscribeToken(token: string): Promise<boolean> {
  const check = verifyToken(newsletterSecret(), 'unsubscribe', token);
  return check.ok && (await db.subscriber.count({ where: { id: check.subscriberId } })) > 0;
}
