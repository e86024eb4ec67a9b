import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { emailKeyOf } from '../newsletter/subscription/email-key';
import { endSubscription } from '../newsletter/subscription/unsubscribe';

export type DeletedAccount = {
  comments: number;
  commentEdits: number;
  reports: number;
  recommendations: number;
  sessions: number;
  newsletter: boolean;
};

/**
 * Deletes the account and what it wrote (docs/0012-reader-data.md). Comments become tombstones
 * ("Comment removed by its author": text, screening reasons and edit history erased, the row kept
 * so replies stay in their thread); reports and recommendations the reader made go, with the
 * counts they added; the newsletter ends and its address is erased (only the keyed hash that
 * keeps it ended stays); sessions, linked accounts and sign-in links go with the user row.
 * One transaction: a crash leaves the account whole or gone. Null when there is no such user.
 */
export async function deleteUser(userId: string, now = new Date()): Promise<DeletedAccount | null> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return null;
    const commentEdits = await tx.commentEdit.deleteMany({ where: { comment: { authorId: userId } } });
    // The audit rows stay (who decided what, when, by which rule); the quotes of the text go.
    await tx.moderationAction.updateMany({
      where: { targetComment: { authorId: userId } },
      data: { details: Prisma.DbNull },
    });
    const comments = await tx.comment.updateMany({
      where: { authorId: userId },
      data: { isDeleted: true, body: '', reasons: Prisma.DbNull, rejectNote: null, isFeatured: false, authorId: null },
    });

    await tx.comment.updateMany({
      where: { recommendations: { some: { userId } } },
      data: { recommendCount: { decrement: 1 } },
    });
    const recommendations = await tx.commentRecommendation.deleteMany({ where: { userId } });
    // A hold the reports caused stays until a moderator decides; only the count and rows go.
    await tx.comment.updateMany({
      where: { reports: { some: { reporterId: userId } } },
      data: { reportCount: { decrement: 1 } },
    });
    const reports = await tx.commentReport.deleteMany({ where: { reporterId: userId } });

    const subscriber = await tx.subscriber.findFirst({
      where: { OR: [{ userId }, { emailKey: emailKeyOf(user.email.toLowerCase()) }] },
      select: { id: true, status: true },
    });
    if (subscriber) {
      await endSubscription(tx, subscriber.id, now);
      // SMTP answers can quote the address ("550 <a@b>: no such user"); the ledger keeps the rest.
      await tx.digestDelivery.updateMany({
        where: { subscriberId: subscriber.id, status: { in: ['sent', 'failed', 'unknown'] } },
        data: { smtpResponse: null },
      });
    }

    // A suppression outlives the account (a complainant must stay unmailed) but keeps only the
    // keyed hash; bounce diagnostics can quote the address, so they go (docs/0016).
    const addressKey = emailKeyOf(user.email.toLowerCase());
    await tx.suppression.updateMany({ where: { emailKey: addressKey }, data: { email: null, detail: null } });
    await tx.mailEvent.updateMany({ where: { emailKey: addressKey }, data: { detail: null } });

    const sessions = await tx.session.count({ where: { userId } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.user.delete({ where: { id: userId } }); // sessions, accounts and policy acceptance go with it
    return {
      comments: comments.count,
      commentEdits: commentEdits.count,
      reports: reports.count,
      recommendations: recommendations.count,
      sessions,
      newsletter: Boolean(subscriber && subscriber.status !== 'unsubscribed'),
    };
  });
}
