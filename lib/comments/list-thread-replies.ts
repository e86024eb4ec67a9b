// The replies of a page's threads, at most REPLIES_PER_THREAD each: a thread of 2,000 replies
// sends its first ones and "show N more replies" (continued by keyset), never the whole thread.
// Usually a page's replies all fit in one bounded query (20 a thread on average), cut per thread
// in memory; when they do not, one grouped count decides: small threads share one query, each
// large one gets its own LIMIT query. (Round trips are what a page read costs: docs/0015.)
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { afterKey, encodeCursor, type CommentKey } from './comment-cursor';
import { commentSelect, type CommentRow } from './comment-view';

export const REPLIES_PER_THREAD = 20;

export type ThreadReplies = { rows: CommentRow[]; more: number; cursor: string | null };

const ORDER: Prisma.CommentOrderByWithRelationInput[] = [{ createdAt: 'asc' }, { id: 'asc' }];

/** `from`: per thread, where its replies start (after a cursor, or at a comment inclusive). */
export async function listThreadReplies(
  threadIds: string[],
  visible: Prisma.CommentWhereInput,
  from: Map<string, { key: CommentKey; isInclusive: boolean }> = new Map(),
): Promise<Map<string, ThreadReplies>> {
  const out = new Map<string, ThreadReplies>();
  if (threadIds.length === 0) return out;
  const base = { ...visible, isDeleted: false };
  if (from.size === 0) {
    const budget = threadIds.length * REPLIES_PER_THREAD;
    const rows = await db.comment.findMany({
      where: { parentId: { in: threadIds }, ...base },
      orderBy: ORDER,
      take: budget + 1,
      select: commentSelect,
    });
    if (rows.length <= budget) return cutPerThread(threadIds, rows);
  }
  const counts = await db.comment.groupBy({
    by: ['parentId'],
    where: { parentId: { in: threadIds }, ...base },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((c) => [c.parentId!, c._count._all]));
  const small = threadIds.filter((id) => (countOf.get(id) ?? 0) <= REPLIES_PER_THREAD && !from.has(id));
  const large = threadIds.filter((id) => (countOf.get(id) ?? 0) > 0 && !small.includes(id));
  const [smallRows, ...largeRows] = await Promise.all([
    small.some((id) => countOf.has(id))
      ? db.comment.findMany({ where: { parentId: { in: small }, ...base }, orderBy: ORDER, select: commentSelect })
      : [],
    ...large.map(async (id) => {
      const start = from.get(id);
      const where = { parentId: id, ...base, ...(start ? afterKey('oldest', start.key, start.isInclusive) : {}) };
      const [rows, remaining] = await Promise.all([
        db.comment.findMany({ where, orderBy: ORDER, take: REPLIES_PER_THREAD, select: commentSelect }),
        start ? db.comment.count({ where }) : (countOf.get(id) ?? 0),
      ]);
      return { id, rows, remaining };
    }),
  ]);
  for (const id of small) out.set(id, { rows: [], more: 0, cursor: null });
  for (const row of smallRows) out.get(row.parentId!)!.rows.push(row);
  for (const { id, rows, remaining } of largeRows) {
    const more = remaining - rows.length;
    const last = rows.at(-1);
    out.set(id, { rows, more, cursor: more > 0 && last ? encodeCursor('oldest', last) : null });
  }
  return out;
}

/** Every reply of these threads is in `rows`: keep the first REPLIES_PER_THREAD of each. */
function cutPerThread(threadIds: string[], rows: CommentRow[]): Map<string, ThreadReplies> {
  const all = new Map<string, CommentRow[]>(threadIds.map((id) => [id, []]));
  for (const row of rows) all.get(row.parentId!)!.push(row);
  const out = new Map<string, ThreadReplies>();
  for (const [id, list] of all) {
    const shown = list.slice(0, REPLIES_PER_THREAD);
    const more = list.length - shown.length;
    out.set(id, { rows: shown, more, cursor: more > 0 ? encodeCursor('oldest', shown.at(-1)!) : null });
  }
  return out;
}
