// Turns one claim (one row, or a reader's daily rows) into one email, re-checking the rules at
// send time: a reply deleted or taken down since, a reader banned or who turned this kind off
// since, gets no email (those rows are skipped).
import { createElement, type ReactElement } from 'react';
import CommentApprovedEmail from '../../emails/CommentApprovedEmail';
import CommentReplyEmail from '../../emails/CommentReplyEmail';
import ReportAlertEmail from '../../emails/ReportAlertEmail';
import { db } from '../db';
import { getModerationSettings } from '../comments/comment-settings';
import { hasRole } from '../auth/roles';
import { getNotificationPreferences } from './get-notification-preferences';
import { isNotificationKind } from './notification-kinds';
import type { Claim } from './notification-ledger';
import {
  accountUrl,
  commentUrl,
  notificationListId,
  notificationUnsubscribeUrl,
  reportedQueueUrl,
} from './notification-urls';

export type ComposedNotification = {
  /** Rows that no longer get an email, with why. */
  skipped: { ids: string[]; reason: string }[];
  /** Null when every row was skipped. */
  email: null | {
    ids: string[];
    to: string;
    subject: string;
    template: ReactElement;
    listUnsubscribe: string;
    listId: string;
  };
};

const excerpt = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

const commentSelect = {
  id: true,
  body: true,
  status: true,
  isDeleted: true,
  reportCount: true,
  replyToId: true,
  parentId: true,
  author: { select: { displayName: true } },
  article: { select: { slug: true, title: true } },
} as const;

export async function composeNotification(claim: Claim): Promise<ComposedNotification> {
  const rows = await db.commentNotification.findMany({
    where: { id: { in: claim.ids } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, delivery: true, comment: { select: commentSelect } },
  });
  const recipient = await db.user.findUnique({
    where: { id: claim.recipientId },
    select: { email: true, displayName: true, role: true, bannedAt: true },
  });
  const all = rows.map((r) => r.id);
  if (!recipient || recipient.bannedAt || !isNotificationKind(claim.kind))
    return { skipped: [{ ids: all, reason: 'recipient banned or gone' }], email: null };
  const prefs = await getNotificationPreferences(claim.recipientId);
  const isWanted =
    claim.kind === 'reply'
      ? prefs.replies !== 'off'
      : claim.kind === 'approved'
        ? prefs.approvals
        : prefs.reportAlerts && hasRole(recipient.role, 'moderator');
  if (!isWanted) return { skipped: [{ ids: all, reason: 'turned off by the recipient' }], email: null };

  const live = rows.filter((r) =>
    claim.kind === 'reports' ? !r.comment.isDeleted : r.comment.status === 'approved' && !r.comment.isDeleted,
  );
  const gone = all.filter((id) => !live.some((r) => r.id === id));
  const skipped = gone.length > 0 ? [{ ids: gone, reason: 'the comment is no longer public' }] : [];
  if (live.length === 0) return { skipped, email: null };

  const name = recipient.displayName ?? 'there';
  const base = {
    to: recipient.email,
    ids: live.map((r) => r.id),
    listUnsubscribe: notificationUnsubscribeUrl(claim.kind, claim.recipientId),
    listId: notificationListId(claim.kind),
  };
  const common = { accountUrl: accountUrl(), unsubscribeUrl: base.listUnsubscribe };

  if (claim.kind === 'approved') {
    const c = live[0]!.comment;
    const template = createElement(CommentApprovedEmail, {
      displayName: name,
      articleTitle: c.article.title,
      excerpt: excerpt(c.body),
      commentUrl: commentUrl(c.article.slug, c.id),
      ...common,
    });
    return { skipped, email: { ...base, subject: `Your comment on “${c.article.title}” is published`, template } };
  }

  if (claim.kind === 'reports') {
    const c = live[0]!.comment;
    const { reportAlertThreshold } = await getModerationSettings();
    const template = createElement(ReportAlertEmail, {
      reportCount: c.reportCount,
      threshold: reportAlertThreshold,
      authorName: c.author?.displayName ?? '[deleted]',
      articleTitle: c.article.title,
      excerpt: excerpt(c.body),
      queueUrl: reportedQueueUrl(),
      ...common,
    });
    return { skipped, email: { ...base, subject: `Reported comment on “${c.article.title}”`, template } };
  }

  const answeredIds = live.map((r) => r.comment.replyToId ?? r.comment.parentId ?? '');
  const answered = await db.comment.findMany({ where: { id: { in: answeredIds } }, select: { id: true, body: true } });
  const replies = live.map(({ comment: c }) => ({
    replierName: c.author?.displayName ?? 'A reader',
    articleTitle: c.article.title,
    replyExcerpt: excerpt(c.body),
    yourExcerpt: excerpt(answered.find((a) => a.id === (c.replyToId ?? c.parentId))?.body ?? '', 140),
    replyUrl: commentUrl(c.article.slug, c.id),
  }));
  const isDailySummary = rows[0]!.delivery === 'daily';
  const template = createElement(CommentReplyEmail, { recipientName: name, isDailySummary, replies, ...common });
  const subject = isDailySummary
    ? `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'} to your comments today`
    : `${replies[0]!.replierName} replied to your comment on “${replies[0]!.articleTitle}”`;
  return { skipped, email: { ...base, subject, template } };
}
