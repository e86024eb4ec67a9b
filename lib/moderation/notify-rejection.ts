import { createElement } from 'react';
import CommentRejectedEmail from '@/emails/CommentRejectedEmail';
import { db } from '../db';
import { getEnv } from '../env';
import { getPolicyRule } from '../comments/policy';
import { sendEmail } from '../mail/send-email';

export async function notifyRejection(commentId: string): Promise<void> {
  const c = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      body: true,
      rejectRule: true,
      rejectNote: true,
      author: { select: { id: true, email: true, displayName: true } },
      article: { select: { title: true, slug: true } },
    },
  });
  if (!c?.author || !c.rejectRule) return;
  const site = getEnv().SITE_URL;
  const rule = getPolicyRule(c.rejectRule);
  await sendEmail({
    to: c.author.email,
    subject: 'A comment of yours was removed',
    context: { kind: 'notification', userId: c.author.id },
    template: createElement(CommentRejectedEmail, {
      displayName: c.author.displayName ?? 'there',
      articleTitle: c.article.title,
      articleUrl: `${site}/articles/${c.article.slug}`,
      excerpt: c.body.length > 300 ? `${c.body.slice(0, 300)}…` : c.body,
      ruleTitle: rule?.title ?? c.rejectRule,
      ruleUrl: `${site}/comment-policy#${c.rejectRule}`,
      note: c.rejectNote,
      accountUrl: `${site}/account`,
    }),
  });
}
