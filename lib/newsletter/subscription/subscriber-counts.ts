import 'server-only';
import { db } from '../../db';
import { emailKeyOf } from './email-key';

/** How many subscribers are in each status (pending, active, unsubscribed, suspended). */
export async function countSubscribersByStatus(): Promise<{ status: string; count: number }[]> {
  const rows = await db.subscriber.groupBy({ by: ['status'], _count: { _all: true } });
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
