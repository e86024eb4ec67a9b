// What a reader with the thread open polls for: comments that became public after a moment.
// The answer is the same for every reader (approved comments only, ids and times, no names or
// text), so a shared cache can serve it to all of them; the island counts the ones it has not
// shown and offers "N new comments — show".
import { isSlug } from '../content/slugify';
import { db } from '../db';

export const NEW_COMMENTS_LIMIT = 200;
/** `after` is rounded down to this, so readers who opened the page in the same minute share one answer. */
export const NEW_COMMENTS_STEP_MS = 60_000;

export type NewComments = { comments: { id: string; at: string }[]; after: string };

export function parseNewCommentsAfter(raw: string | null, now = Date.now()): Date | null {
  if (!raw || !/^\d{1,15}$/.test(raw)) return null;
  const t = Number(raw);
  // Only the last day: older pages reload instead of paging through a day of comments.
  if (t > now + NEW_COMMENTS_STEP_MS || t < now - 86_400_000) return null;
  return new Date(t - (t % NEW_COMMENTS_STEP_MS));
}

export async function listNewComments(articleSlug: string, after: Date): Promise<NewComments | null> {
  if (!isSlug(articleSlug)) return null;
  const article = await db.article.findFirst({ where: { slug: articleSlug, isPublished: true }, select: { id: true } });
  if (!article) return null;
  // Public since `after`: posted approved, or approved by a moderator (not featured, not edited).
  const rows = await db.comment.findMany({
    where: { articleId: article.id, status: 'approved', isDeleted: false, approvedAt: { gt: after } },
    orderBy: [{ approvedAt: 'desc' }, { id: 'desc' }],
    take: NEW_COMMENTS_LIMIT,
    select: { id: true, approvedAt: true },
  });
  return {
    comments: rows.map((r) => ({ id: r.id, at: r.approvedAt!.toISOString() })),
    after: after.toISOString(),
  };
}
