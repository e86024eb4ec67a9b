// Unconfirmed sign-ups are forgotten once their confirmation link has expired (or after the same
// time of the mail server refusing their confirmation): a bot's or a typo's address is not kept,
// and never counted (subscriber-counts.ts leaves them out even before this runs). Spent
// proof-of-work challenges and no-script tickets go once they have expired. Run by the digest
// scheduler's tick on every instance; deleting is idempotent, so instances racing is harmless.
import type { Prisma } from '../../generated/prisma/client';
import { db } from '../../db';
import { TOKEN_LIFETIME_MS } from './subscriber-tokens';

/** Pending rows whose confirmation window (the confirm link's lifetime) is over at `now`. */
export function expiredSignUps(now: Date): Prisma.SubscriberWhereInput {
  const expired = new Date(now.getTime() - TOKEN_LIFETIME_MS.confirm!);
  return {
    status: 'pending',
    confirmedAt: null,
    unsubscribedAt: null,
    OR: [{ confirmSentAt: { lt: expired } }, { confirmSentAt: null, updatedAt: { lt: expired } }],
  };
}

export async function purgeExpiredSignUps(now = new Date()): Promise<{ signUps: number; challenges: number }> {
  // Read first, delete only what is there: a write every minute on every instance would queue
  // behind another process's lock ahead of readers' own writes.
  const [hasSignUps, hasChallenges] = await Promise.all([
    db.subscriber.findFirst({ where: expiredSignUps(now), select: { id: true } }),
    db.spentChallenge.findFirst({ where: { expiresAt: { lt: now } }, select: { hash: true } }),
  ]);
  const signUps = hasSignUps ? (await db.subscriber.deleteMany({ where: expiredSignUps(now) })).count : 0;
  const challenges = hasChallenges
    ? (await db.spentChallenge.deleteMany({ where: { expiresAt: { lt: now } } })).count
    : 0;
  return { signUps, challenges };
}
