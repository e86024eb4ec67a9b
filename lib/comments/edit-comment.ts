import { db } from '../db';
import { commentBodySchema, commentIdSchema } from './comment-body-schema';
import { fail, type Actor, type Result } from '../result';
import { EDIT_WINDOW_MS, getModerationSettings } from './comment-settings';
import { checkAuthorStanding } from './author-standing';
import { screenComment } from './screen-comment';

/** Authors may edit their own comment for 10 minutes; the old text is kept for moderators. */
export async function editComment(actor: Actor, commentId: string, newBody: string, now = new Date()): Promise<Result<{ status: string }>> {
  if (!actor) return fail('unauthenticated', 'Sign in to edit your comment.');
  const id = commentIdSchema.safeParse(commentId);
  if (!id.success) return fail('not-found', 'That comment does not exist.');
  const body = commentBodySchema.safeParse(newBody);
  if (!body.success) return fail('invalid', body.error.issues[0]!.message);
  const comment = await db.comment.findUnique({
    where: { id: id.data },
    select: { id: true, authorId: true, body: true, createdAt: true, isDeleted: true, status: true, article: { select: { moderationMode: true } } },
  });
  if (!comment || comment.isDeleted) return fail('not-found', 'That comment does not exist.');
  if (comment.authorId !== actor.id) return fail('forbidden', 'You can only edit your own comments.');
  if (now.getTime() - comment.createdAt.getTime() > EDIT_WINDOW_MS) return fail('closed', 'Comments can only be edited in the first 10 minutes.');
  if (comment.status === 'rejected') return fail('forbidden', 'A rejected comment cannot be edited.');
  if (body.data === comment.body) return { ok: true, status: comment.status };
  const standing = await checkAuthorStanding(actor.id, now);
  if (!standing.ok) return standing;
  const settings = await getModerationSettings();
  const screened = await screenComment({
    body: body.data,
    author: { id: actor.id, approvedCount: standing.approvedCount },
    article: comment.article,
    settings,
    countRecentDuplicates: () => db.comment.count({ where: { status: { in: ['approved', 'pending', 'rejected'] }, body: body.data, isDeleted: false, id: { not: comment.id }, createdAt: { gte: new Date(now.getTime() - 3600_000) } } }),
  });
  const rejectRule = screened.reasons.find((r) => r.decision === 'reject')?.rule ?? null;
  await db.$transaction([
    db.commentEdit.create({ data: { commentId: comment.id, body: comment.body, editedAt: now } }),
    db.comment.update({ where: { id: comment.id }, data: { body: body.data, editedAt: now, status: screened.status, rejectRule, reasons: screened.reasons.length ? screened.reasons : undefined } }),
  ]);
  return { ok: true, status: screened.status };
}
