// The one-click "stop this kind of email" behind List-Unsubscribe: the signed token names the
// reader and the kind; no session is needed. Idempotent: a second click changes nothing.
import { db } from '../db';
import { newsletterSecret } from '../newsletter/subscription/email-key';
import { kindOfSegment } from './notification-urls';
import { verifyNotificationToken } from './notification-tokens';
import { setNotificationPreferences } from './set-notification-preferences';
import type { NotificationKind } from './notification-kinds';

/** The reader and kind a link is for, or null when it is invalid or the account is gone. */
export async function checkNotificationToken(
  segment: string,
  token: string,
): Promise<{ userId: string; kind: NotificationKind } | null> {
  const kind = kindOfSegment(segment);
  const userId = kind ? verifyNotificationToken(newsletterSecret(), kind, token) : null;
  if (!kind || !userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  return user ? { userId, kind } : null;
}

export async function turnOffByToken(segment: string, token: string): Promise<NotificationKind | null> {
  const checked = await checkNotificationToken(segment, token);
  if (!checked) return null;
  const patch =
    checked.kind === 'reply'
      ? { replies: 'off' as const }
      : checked.kind === 'approved'
        ? { approvals: false }
        : { reportAlerts: false };
  await setNotificationPreferences(checked.userId, patch);
  return checked.kind;
}
