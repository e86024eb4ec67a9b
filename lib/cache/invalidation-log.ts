// Every instance keeps its own page cache. A change that makes cached pages stale is written
// here once, and every server follows the log and refreshes its own cache (docs/0002-caching.md).
import type { PrismaClient } from '../generated/prisma/client';
import { cdnPurgeTarget } from './cdn-purge-target';
import { purgeCdn } from './purge-cdn';

export const KEEP_MS = 24 * 60 * 60 * 1000;

export type Invalidation = { lastId: number; paths: string[]; all: boolean };

export async function publishInvalidation(db: PrismaClient, paths: string[], all = false): Promise<void> {
  if (!all && paths.length === 0) return;
  await db.cacheInvalidation.create({ data: { paths: JSON.stringify(paths), all } });
  // A server whose position is older than this refreshes everything instead (follow-invalidations).
  await db.cacheInvalidation.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
  // The CDN is shared by every instance: the process that made the change purges it, once.
  await purgeCdn(cdnPurgeTarget(), paths, all);
}

export async function latestInvalidationId(db: PrismaClient): Promise<number> {
  const last = await db.cacheInvalidation.findFirst({ orderBy: { id: 'desc' }, select: { id: true } });
  return last?.id ?? 0;
}

/** Everything published after `afterId`, merged into one request; undefined when nothing is new. */
export async function invalidationsAfter(
  db: PrismaClient,
  afterId: number,
  limit = 500,
): Promise<Invalidation | undefined> {
  const rows = await db.cacheInvalidation.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: limit,
  });
  if (rows.length === 0) return undefined;
  const paths = new Set<string>();
  for (const row of rows) for (const p of JSON.parse(row.paths) as string[]) paths.add(p);
  return { lastId: rows.at(-1)!.id, paths: [...paths], all: rows.some((r) => r.all) };
}
