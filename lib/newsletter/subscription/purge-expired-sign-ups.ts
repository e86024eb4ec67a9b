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
  const signUps = await db.subscriber.deleteMany({ where: expiredSignUps(now) });
  const challenges = await db.spentChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  return { signUps: signUps.count, challenges: challenges.count };
}
