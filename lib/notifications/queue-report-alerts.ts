// "Email moderators when a comment gets N reports" (ModerationSettings.reportAlertThreshold,
// 0 = off). The ledger's unique (kind, recipient, comment) makes it one email per moderator
// per comment, however many reports follow or however many requests race.
import { db } from '../db';
import { insertNotification } from './insert-notification';

/**
 * Queues the alert for every moderator and admin once the comment's reports reach the threshold.
 * The caller has just counted the report and read the settings; they are not read again here.
 */
export async function queueReportAlerts(
  report: { commentId: string; reportCount: number; reportAlertThreshold: number },
  now = new Date(),
): Promise<number> {
  const { commentId, reportCount, reportAlertThreshold } = report;
  if (reportAlertThreshold <= 0 || reportCount < reportAlertThreshold) return 0;
  const staff = await db.user.findMany({
    where: {
      role: { in: ['moderator', 'admin'] },
      bannedAt: null,
      NOT: { notificationSettings: { is: { reportAlerts: false } } },
    },
    select: { id: true },
  });
  let queued = 0;
  for (const { id } of staff) {
    const isNew = await insertNotification({
      kind: 'reports',
      recipientId: id,
      commentId,
      delivery: 'immediate',
      nextAttemptAt: now,
    });
    if (isNew) queued++;
  }
  return queued;
}
