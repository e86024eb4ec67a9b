// Keyset cursors for comment threads: a page continues after the last thread shown, so a thread
// posted or removed meanwhile never shifts the next page (no duplicates, no gaps), and the query
// seeks in the index instead of counting past every earlier thread as OFFSET does.
// A cursor is the sort key of one comment, as opaque base64url JSON; bad input reads as "no cursor".
import type { Prisma } from '../generated/prisma/client';

export const COMMENT_SORTS = ['newest', 'oldest', 'recommended'] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];

export type CommentKey = { id: string; createdAt: Date; recommendCount: number };

export function encodeCursor(sort: CommentSort, c: CommentKey): string {
  const key = sort === 'recommended' ? [c.recommendCount, c.createdAt.getTime(), c.id] : [c.createdAt.getTime(), c.id];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(sort: CommentSort, cursor: unknown): CommentKey | null {
  if (typeof cursor !== 'string' || cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(key)) return null;
  const [count, time, id] = sort === 'recommended' ? key : [0, ...key];
  if (key.length !== (sort === 'recommended' ? 3 : 2)) return null;
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(time) || time < 0) return null;
  if (typeof id !== 'string' || !/^[a-z0-9]{1,40}$/i.test(id)) return null;
  return { id, createdAt: new Date(time as number), recommendCount: count as number };
}

/** Comments after `key` in `sort` order; with `isInclusive`, `key` itself too. */
export function afterKey(sort: CommentSort, key: CommentKey, isInclusive = false): Prisma.CommentWhereInput {
  const op = sort === 'oldest' ? 'gt' : 'lt';
  const idOp = isInclusive ? (sort === 'oldest' ? 'gte' : 'lte') : op;
  const byTime: Prisma.CommentWhereInput[] = [
    { createdAt: { [op]: key.createdAt } },
    { createdAt: key.createdAt, id: { [idOp]: key.id } },
  ];
  if (sort !== 'recommended') return { OR: byTime };
  return {
    OR: [
      { recommendCount: { lt: key.recommendCount } },
      ...byTime.map((w) => ({ recommendCount: key.recommendCount, ...w })),
    ],
  };
}

export const COMMENT_ORDER: Record<CommentSort, Prisma.CommentOrderByWithRelationInput[]> = {
  newest: [{ createdAt: 'desc' }, { id: 'desc' }],
  oldest: [{ createdAt: 'asc' }, { id: 'asc' }],
  recommended: [{ recommendCount: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
};

/** The in-memory twin of COMMENT_ORDER, to merge two keyset queries (negative: a comes first). */
export function compareKeys(sort: CommentSort, a: CommentKey, b: CommentKey): number {
  const asc = a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (sort === 'oldest') return asc;
  return (sort === 'recommended' ? b.recommendCount - a.recommendCount : 0) || -asc;
}
