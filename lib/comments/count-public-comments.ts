import 'server-only';
import type { PrismaClient } from '../generated/prisma/client';
import { db } from '../db';

type Reader = Pick<PrismaClient, 'comment'>;

/**
 * Public comments (approved, not deleted) per article, for a whole list of stories in one grouped
 * query — never one query per card. Articles without any are absent from the map (read as 0).
 * `client` lets a test count the queries; the site always uses the one client.
 */
export async function countPublicComments(
  articleIds: readonly string[],
  client: Reader = db,
): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const rows = await client.comment.groupBy({
    by: ['articleId'],
    where: { articleId: { in: [...new Set(articleIds)] }, status: 'approved', isDeleted: false },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.articleId, r._count._all]));
}
