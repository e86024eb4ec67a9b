// One-click unsubscribe tokens for comment emails: `<payload>.<HMAC>` signed with AUTH_SECRET,
// one signing purpose per kind (a replies token cannot turn off approvals). They do not expire:
// like newsletter unsubscribe links, any email ever sent can still stop that kind of email.
import { sign, verify } from '../security/hmac';
import { isNotificationKind, type NotificationKind } from './notification-kinds';

const purposeOf = (kind: NotificationKind) => `comment-notification-off-${kind}`;

export function createNotificationToken(secret: string, kind: NotificationKind, userId: string): string {
  const payload = Buffer.from(userId).toString('base64url');
  return `${payload}.${sign(secret, purposeOf(kind), payload)}`;
}

/** The user id the token was made for, or null when it is malformed or signed for another kind. */
export function verifyNotificationToken(secret: string, kind: string, token: string): string | null {
  if (!isNotificationKind(kind) || token.length > 200) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  if (!verify(secret, purposeOf(kind), payload, signature)) return null;
  const userId = Buffer.from(payload, 'base64url').toString();
  return /^[a-z0-9]{1,40}$/.test(userId) ? userId : null;
}
