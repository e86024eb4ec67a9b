import 'server-only';
import { countPublicComments } from '../comments/count-public-comments';

/** Adds each story's public comment count to a list of cards (one grouped query for the list). */
export async function withCommentCounts<T extends { id: string }>(
  rows: T[],
): Promise<(T & { commentCount: number })[]> {
  const counts = await countPublicComments(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, commentCount: counts.get(r.id) ?? 0 }));
}
