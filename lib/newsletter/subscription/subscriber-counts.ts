import 'server-only';
import { db } from '../../db';
import { emailKeyOf } from './email-key';
import { expiredSignUps } from './purge-expired-sign-ups';

/**
 * How many subscribers are in each status (pending, active, unsubscribed, suspended). Only active
 * ones are subscribers; a pending sign-up whose confirmation window is over is not counted at
 * all, even before the scheduler deletes it (bots' unconfirmed addresses inflate nothing).
 */
export async function countSubscribersByStatus(now = new Date()): Promise<{ status: string; count: number }[]> {
  const rows = await db.subscriber.groupBy({
    by: ['status'],
    where: { NOT: expiredSignUps(now) },
    _count: { _all: true },
  });
  return rows.map((r) => ({ status: r.status, count: r._count._all }));
}

/** A subscriber's id by their address's key, for the admin's digest preview. */
export async function findSubscriberIdByAddress(normalisedAddress: string): Promise<string | null> {
  const sub = await db.subscriber.findUnique({
    where: { emailKey: emailKeyOf(normalisedAddress) },
    select: { id: true },
  });
  return sub?.id ?? null;
}
