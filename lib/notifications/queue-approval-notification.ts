// Called when a moderator approves a comment that was held (pending): its author hears that it
// is now public, unless they turned that off or are banned.
import { db } from '../db';
import { getNotificationPreferences } from './get-notification-preferences';
import { insertNotification } from './insert-notification';

export async function queueApprovalNotification(commentId: string, now = new Date()): Promise<boolean> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { status: true, isDeleted: true, author: { select: { id: true, bannedAt: true } } },
  });
  const author = comment?.author;
  if (!author || comment.status !== 'approved' || comment.isDeleted || author.bannedAt) return false;
  if (!(await getNotificationPreferences(author.id)).approvals) return false;
  return insertNotification({
    kind: 'approved',
    recipientId: author.id,
    commentId,
    delivery: 'immediate',
    nextAttemptAt: now,
  });
}
