import { db } from '../db';
import { DEFAULT_PREFERENCES, isReplyMode, type NotificationPreferences } from './notification-kinds';

/** A reader's comment-email choices; the defaults when they never changed them. */
export async function getNotificationPreferences(userId: string): Promise<NotificationPreferences> {
  const row = await db.commentNotificationSettings.findUnique({ where: { userId } });
  if (!row) return DEFAULT_PREFERENCES;
  return {
    replies: isReplyMode(row.replies) ? row.replies : DEFAULT_PREFERENCES.replies,
    approvals: row.approvals,
    reportAlerts: row.reportAlerts,
  };
}
