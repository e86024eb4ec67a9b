// Called when a reply becomes visible (published at once, or approved by a moderator). The
// rules: only approved replies; never to the replier themself; never to a banned or deleted
// account; the reader's choice decides immediate, daily or nothing.
import { db } from '../db';
import { nextDailySummaryAt } from './daily-summary-time';
import { getNotificationPreferences } from './get-notification-preferences';
import { insertNotification } from './insert-notification';

/** True when a notification was queued for the author of the comment this one answers. */
export async function queueReplyNotification(replyId: string, now = new Date()): Promise<boolean> {
  const reply = await db.comment.findUnique({
    where: { id: replyId },
    select: { status: true, isDeleted: true, authorId: true, replyToId: true, parentId: true },
  });
  const answeredId = reply?.replyToId ?? reply?.parentId;
  if (!reply || !answeredId || reply.status !== 'approved' || reply.isDeleted || !reply.authorId) return false;
  const answered = await db.comment.findUnique({
    where: { id: answeredId },
    select: { isDeleted: true, author: { select: { id: true, bannedAt: true } } },
  });
  const recipient = answered?.author;
  if (!recipient || answered.isDeleted || recipient.bannedAt || recipient.id === reply.authorId) return false;
  const { replies } = await getNotificationPreferences(recipient.id);
  if (replies === 'off') return false;
  return insertNotification({
    kind: 'reply',
    recipientId: recipient.id,
    commentId: replyId,
    delivery: replies,
    nextAttemptAt: replies === 'daily' ? nextDailySummaryAt(now) : now,
  });
}
