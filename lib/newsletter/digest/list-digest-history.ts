import 'server-only';
import { db } from '../../db';

/** The last 30 digests with their delivery ledger's totals per status. */
export async function listDigestHistory() {
  const digests = await db.digest.findMany({ orderBy: { startedAt: 'desc' }, take: 30 });
  const counts = await db.digestDelivery.groupBy({
    by: ['digestId', 'status'],
    where: { digestId: { in: digests.map((d) => d.id) } },
    _count: { _all: true },
  });
  const count = (id: string, status: string) =>
    counts.find((c) => c.digestId === id && c.status === status)?._count._all ?? 0;
  return digests.map((digest) => ({ ...digest, count: (status: string) => count(digest.id, status) }));
}
