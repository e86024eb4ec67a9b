// Absolute links for comment emails, always from SITE_URL (never from a request's Host).
import { commentPermalink } from '../comments/comment-permalink';
import { getEnv } from '../env';
import { listId } from '../mail/list-id';
import { newsletterSecret } from '../newsletter/subscription/email-key';
import type { NotificationKind } from './notification-kinds';
import { createNotificationToken } from './notification-tokens';

/** The one-click unsubscribe path of each kind: /notifications/unsubscribe/{segment}?token=… */
export const UNSUBSCRIBE_SEGMENTS: Record<NotificationKind, string> = {
  reply: 'replies',
  approved: 'approvals',
  reports: 'report-alerts',
};

export function kindOfSegment(segment: string): NotificationKind | null {
  const found = Object.entries(UNSUBSCRIBE_SEGMENTS).find(([, s]) => s === segment);
  return found ? (found[0] as NotificationKind) : null;
}

const site = () => getEnv().SITE_URL;

/** The permalink that opens the comment's thread page with the comment highlighted. */
export const commentUrl = (articleSlug: string, commentId: string) => commentPermalink(articleSlug, commentId, site());

export const notificationUnsubscribeUrl = (kind: NotificationKind, userId: string) =>
  `${site()}/notifications/unsubscribe/${UNSUBSCRIBE_SEGMENTS[kind]}?token=${createNotificationToken(newsletterSecret(), kind, userId)}`;

/** RFC 2919 List-Id, one list per kind: `Dispatch comment replies <replies.comments.example.com>`. */
export function notificationListId(kind: NotificationKind): string {
  const name = { reply: 'comment replies', approved: 'comment approvals', reports: 'report alerts' }[kind];
  return listId(name, `${UNSUBSCRIBE_SEGMENTS[kind]}.comments`);
}

export const accountUrl = () => `${site()}/account`;
export const reportedQueueUrl = () => `${site()}/moderation/queue/reported`;
