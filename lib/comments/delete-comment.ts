import { db } from '../db';
import { commentIdSchema } from './comment-body-schema';
import { fail, type Actor, type Result } from '../result';

/**
 * Authors delete their own comments. The text and its edit history go; the row stays (marked
 * deleted) so replies keep their place, and a comment with no replies is simply not shown.
 */
export async function deleteComment(actor: Actor, commentId: string): Promise<Result> {
  if (!actor) return fail('unauthenticated', 'Sign in to delete your comment.');
  const id = commentIdSchema.safeParse(commentId);
  if (!id.success) return fail('not-found', 'That comment does not exist.');
  const comment = await db.comment.findUnique({ where: { id: id.data }, select: { authorId: true, isDeleted: true } });
  if (!comment || comment.isDeleted) return fail('not-found', 'That comment does not exist.');
  if (comment.authorId !== actor.id) return fail('forbidden', 'You can only delete your own comments.');
  await db.$transaction([
    db.commentEdit.deleteMany({ where: { commentId: id.data } }),
    db.comment.update({ where: { id: id.data }, data: { isDeleted: true, body: '', isFeatured: false } }),
  ]);
  return { ok: true };
}
