import { z } from 'zod';
import { db } from '../db';
import { REPLY_MODES, type NotificationPreferences } from './notification-kinds';

export const preferencesPatchSchema = z
  .object({ replies: z.enum(REPLY_MODES), approvals: z.boolean(), reportAlerts: z.boolean() })
  .partial();

/**
 * Changes some of a reader's choices. Turning replies off (or to daily) also drops what is
 * still queued under the old choice, so "off" means no more email from that moment.
 */
export async function setNotificationPreferences(
  userId: string,
  patch: Partial<NotificationPreferences>,
): Promise<void> {
  const data = preferencesPatchSchema.parse(patch);
  await db.commentNotificationSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  const dropped: string[] = [];
  if (data.replies === 'off') dropped.push('reply');
  if (data.approvals === false) dropped.push('approved');
  if (data.reportAlerts === false) dropped.push('reports');
  if (dropped.length > 0)
    await db.commentNotification.updateMany({
      where: { recipientId: userId, kind: { in: dropped }, status: 'queued' },
      data: { status: 'skipped', smtpResponse: 'turned off by the reader' },
    });
}
