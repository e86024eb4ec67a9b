import { db } from '../db';
import { commentBodySchema, commentIdSchema } from './comment-body-schema';
import { fail, type Actor, type Result } from '../result';
import { EDIT_WINDOW_MS, getModerationSettings } from './comment-settings';
import { checkAuthorStanding } from './author-standing';
import { recordScreening, screenText, screeningFields } from './screen-and-record';
import { isCommentStatus, nextCommentStatus, type CommentStatus } from './status-transitions';

export type EditedComment = { status: CommentStatus; rejectRule?: string | null };

/**
 * Authors may edit their own comment for 10 minutes; the old text is kept for moderators. The
 * new text is screened like a new comment, but an edit can only keep or lower the status: a
 * comment held by reports or a moderator stays held (lib/comments/status-transitions.ts).
 */
export async function editComment(
  actor: Actor,
  commentId: string,
  newBody: string,
  now = new Date(),
): Promise<Result<EditedComment>> {
  if (!actor) return fail('unauthenticated', 'Sign in to edit your comment.');
  const id = commentIdSchema.safeParse(commentId);
  if (!id.success) return fail('not-found', 'That comment does not exist.');
  const body = commentBodySchema.safeParse(newBody);
  if (!body.success) return fail('invalid', body.error.issues[0]!.message);
  const comment = await db.comment.findUnique({
    where: { id: id.data },
    select: {
      id: true,
      authorId: true,
      body: true,
      createdAt: true,
      isDeleted: true,
      status: true,
      article: { select: { moderationMode: true } },
    },
  });
  if (!comment || comment.isDeleted || !isCommentStatus(comment.status))
    return fail('not-found', 'That comment does not exist.');
  if (comment.authorId !== actor.id) return fail('forbidden', 'You can only edit your own comments.');
  if (now.getTime() - comment.createdAt.getTime() > EDIT_WINDOW_MS)
    return fail('closed', 'Comments can only be edited in the first 10 minutes.');
  if (comment.status === 'rejected') return fail('forbidden', 'A rejected comment cannot be edited.');
  if (body.data === comment.body) return { ok: true, status: comment.status };
  const standing = await checkAuthorStanding(actor.id, now);
  if (!standing.ok) return standing;
  const settings = await getModerationSettings();
  const screening = await screenText({
    body: body.data,
    author: { id: actor.id, approvedCount: standing.approvedCount },
    article: comment.article,
    settings,
    now,
    editedCommentId: comment.id,
  });
  const from = comment.status;
  const status = nextCommentStatus('author-edit', from, screening.status);
  const isSaved = await db.$transaction(async (tx) => {
    // Only if nothing changed the comment since we read it: a report hold or a moderator's
    // decision in between must not be overwritten with a status computed from the old one.
    const updated = await tx.comment.updateMany({
      where: { id: comment.id, status: from, body: comment.body, isDeleted: false },
      data: { body: body.data, editedAt: now, ...screeningFields(screening, status) },
    });
    if (updated.count === 0) return false;
    await tx.commentEdit.create({ data: { commentId: comment.id, body: comment.body, editedAt: now } });
    await recordScreening(tx, { commentId: comment.id, authorId: actor.id, screening, status, isEdit: true, now });
    return true;
  });
  if (!isSaved)
    return fail('invalid', 'Your comment changed while you were editing it. Reload the page and try again.');
  return { ok: true, status, rejectRule: status === 'rejected' ? screening.rejectRule : null };
}
