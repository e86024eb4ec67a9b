// A moderation queue page, keyset-paginated on (createdAt, id) so deep pages stay fast at any size.
import { db } from '../db';
import type { ScreenReason } from './phases';
import { queueWhere, type Queue } from './queues';

export const QUEUE_PAGE_SIZE = 25;

export type QueueOptions = { order?: 'newest' | 'oldest'; articleSlug?: string; cursor?: string };

function parseCursor(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  const m = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)_([a-z0-9]+)$/.exec(cursor ?? '');
  return m ? { createdAt: new Date(m[1]!), id: m[2]! } : undefined;
}

export async function listQueue(queue: Queue, { order = 'newest', articleSlug, cursor }: QueueOptions = {}) {
  const after = parseCursor(cursor);
  const cmp = order === 'newest' ? 'lt' : 'gt';
  const rows = await db.comment.findMany({
    where: {
      ...queueWhere(queue),
      ...(articleSlug ? { article: { slug: articleSlug } } : {}),
      ...(after
        ? { OR: [{ createdAt: { [cmp]: after.createdAt } }, { createdAt: after.createdAt, id: { [cmp]: after.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: order === 'newest' ? 'desc' : 'asc' }, { id: order === 'newest' ? 'desc' : 'asc' }],
    take: QUEUE_PAGE_SIZE + 1,
    select: {
      id: true,
      body: true,
      status: true,
      reasons: true,
      isFeatured: true,
      reportCount: true,
      rejectRule: true,
      createdAt: true,
      editedAt: true,
      article: { select: { slug: true, title: true } },
      author: { select: { id: true, displayName: true, createdAt: true, suspendedUntil: true, bannedAt: true } },
      reports: { select: { rule: true, note: true }, orderBy: { createdAt: 'asc' }, take: 20 },
    },
  });
  const page = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = page.at(-1);
  const authorIds = [...new Set(page.flatMap((r) => (r.author ? [r.author.id] : [])))];
  const [counts, actions] = await Promise.all([
    db.comment.groupBy({ by: ['authorId', 'status'], where: { authorId: { in: authorIds } }, _count: { _all: true } }),
    db.moderationAction.groupBy({
      by: ['targetUserId'],
      where: { targetUserId: { in: authorIds }, action: { in: ['warn', 'suspend', 'ban'] } },
      _count: { _all: true },
    }),
  ]);
  const history = (id: string) => ({
    approved: counts.find((c) => c.authorId === id && c.status === 'approved')?._count._all ?? 0,
    rejected: counts.find((c) => c.authorId === id && c.status === 'rejected')?._count._all ?? 0,
    sanctions: actions.find((a) => a.targetUserId === id)?._count._all ?? 0,
  });
  return {
    items: page.map((r) => ({
      ...r,
      reasons: (r.reasons ?? []) as ScreenReason[],
      authorHistory: r.author ? history(r.author.id) : null,
    })),
    nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? `${last.createdAt.toISOString()}_${last.id}` : undefined,
  };
}

export type QueueItem = Awaited<ReturnType<typeof listQueue>>['items'][number];

export async function countQueues(): Promise<Record<Queue, number>> {
  const [pending, reported, approved, rejected] = await Promise.all(
    (['pending', 'reported', 'approved', 'rejected'] as const).map((q) => db.comment.count({ where: queueWhere(q) })),
  );
  return { pending: pending!, reported: reported!, approved: approved!, rejected: rejected! };
}
