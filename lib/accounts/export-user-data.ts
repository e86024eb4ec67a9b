import 'server-only';
import { db } from '../db';
import { emailKeyOf } from '../newsletter/subscription/email-key';

/**
 * Where each table that holds something about a reader appears in the export. The account-data
 * integration test reads prisma/schema.prisma and fails when a model referencing User is missing
 * here, so a new table cannot be left out of "download my data" (docs/0012-reader-data.md).
 */
export const EXPORT_SECTIONS = {
  User: 'account',
  Account: 'signInMethods',
  Session: 'sessions',
  VerificationToken: 'pendingSignInLinks',
  Comment: 'comments',
  CommentEdit: 'comments',
  CommentRecommendation: 'recommendations',
  CommentReport: 'reports',
  ModerationAction: 'moderation',
  Subscriber: 'newsletter',
  DigestDelivery: 'newsletter',
  CommentNotificationSettings: 'commentEmailSettings',
  CommentNotification: 'commentEmails',
  // Not linked to User (keyed by the address's hash) but about the reader all the same.
  Suppression: 'mailSuppression',
  MailEvent: 'bouncesAndComplaints',
} as const;

type Reason = { phase?: string; rule?: string; decision?: string };

// Which screening step and rule fired, not the internal word-list detail.
const reasonsOf = (value: unknown) =>
  Array.isArray(value) ? (value as Reason[]).map((r) => ({ phase: r.phase, rule: r.rule, decision: r.decision })) : [];

/** Everything stored about a reader, for "download my data". Tokens and session secrets excluded. */
export async function exportUserData(userId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      name: true,
      image: true,
      role: true,
      displayName: true,
      createdAt: true,
      updatedAt: true,
      policyVersion: true,
      policyAcceptedAt: true,
      suspendedUntil: true,
      bannedAt: true,
      pendingWarning: true,
      accounts: { select: { provider: true, type: true, providerAccountId: true } },
      sessions: { select: { expires: true } },
    },
  });
  const addressKey = emailKeyOf(user.email.toLowerCase());
  const [
    comments,
    recommendations,
    reports,
    received,
    taken,
    signInLinks,
    subscriber,
    emailSettings,
    commentEmails,
    suppression,
    mailEvents,
  ] = await Promise.all([
    db.comment.findMany({
      where: { authorId: userId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        body: true,
        status: true,
        reasons: true,
        rejectRule: true,
        rejectNote: true,
        isDeleted: true,
        isFeatured: true,
        recommendCount: true,
        reportCount: true,
        parentId: true,
        replyToId: true,
        createdAt: true,
        editedAt: true,
        moderatedAt: true,
        article: { select: { slug: true, title: true } },
        edits: { orderBy: { editedAt: 'asc' }, select: { body: true, editedAt: true } },
      },
    }),
    db.commentRecommendation.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { commentId: true, createdAt: true },
    }),
    db.commentReport.findMany({
      where: { reporterId: userId },
      orderBy: { createdAt: 'asc' },
      select: { commentId: true, rule: true, note: true, createdAt: true },
    }),
    db.moderationAction.findMany({
      where: { targetUserId: userId },
      orderBy: { createdAt: 'asc' },
      select: {
        action: true,
        rule: true,
        note: true,
        details: true,
        targetCommentId: true,
        actorId: true,
        createdAt: true,
      },
    }),
    db.moderationAction.findMany({
      where: { actorId: userId },
      orderBy: { createdAt: 'asc' },
      select: { action: true, rule: true, note: true, targetCommentId: true, targetUserId: true, createdAt: true },
    }),
    db.verificationToken.findMany({ where: { identifier: user.email }, select: { expires: true } }),
    db.subscriber.findFirst({
      where: { OR: [{ userId }, { emailKey: emailKeyOf(user.email.toLowerCase()) }] },
      select: {
        email: true,
        status: true,
        frequency: true,
        sections: true,
        topics: true,
        confirmSentAt: true,
        confirmedAt: true,
        unsubscribedAt: true,
        bounceCount: true,
        suspendedAt: true,
        createdAt: true,
        updatedAt: true,
        deliveries: {
          orderBy: { nextAttemptAt: 'asc' },
          select: {
            status: true,
            attempts: true,
            sentAt: true,
            smtpResponse: true,
            bouncedAt: true,
            complainedAt: true,
            digest: { select: { subject: true, frequency: true, slot: true } },
          },
        },
      },
    }),
    db.commentNotificationSettings.findUnique({
      where: { userId },
      select: { replies: true, approvals: true, reportAlerts: true, updatedAt: true },
    }),
    db.commentNotification.findMany({
      where: { recipientId: userId },
      orderBy: { createdAt: 'asc' },
      select: { kind: true, commentId: true, delivery: true, status: true, createdAt: true, sentAt: true },
    }),
    // Suppression and bounce records are keyed by the address, not the account (docs/0016).
    db.suppression.findUnique({
      where: { emailKey: addressKey },
      select: { reason: true, detail: true, createdAt: true },
    }),
    db.mailEvent.findMany({
      where: { emailKey: addressKey, kind: { in: ['hard-bounce', 'soft-bounce', 'complaint'] } },
      orderBy: { createdAt: 'asc' },
      select: { kind: true, source: true, status: true, detail: true, createdAt: true },
    }),
  ]);
  const { accounts, sessions, ...account } = user;
  return {
    format: 'dispatch-reader-data',
    version: 1,
    exportedAt: now.toISOString(),
    about:
      'Everything Dispatch stores about your account (docs/0012-reader-data.md). Sign-in tokens, session secrets and internal lookup keys are not included.',
    account,
    signInMethods: accounts,
    sessions,
    pendingSignInLinks: signInLinks,
    comments: comments.map(({ reasons, ...c }) => ({ ...c, screening: reasonsOf(reasons) })),
    recommendations,
    reports,
    // Who acted is not named: moderators' identities stay with staff (the audit log).
    moderation: received.map(({ actorId, details, ...a }) => ({
      ...a,
      by: actorId ? 'moderator' : 'automatic screening',
      ...(a.action === 'suspend' && details ? { details } : {}),
    })),
    moderationActionsTaken: taken,
    newsletter: subscriber,
    // Reply, approval and report emails: the reader's choices (null: the defaults) and each email.
    commentEmailSettings: emailSettings,
    commentEmails,
    mailSuppression: suppression,
    bouncesAndComplaints: mailEvents,
  };
}

export type UserDataExport = Awaited<ReturnType<typeof exportUserData>>;
