import 'server-only';
import { db } from '../db';
import { getPolicyRule } from './policy';

/** A reader's own comments for their account page, with the rule cited when one was removed. */
export async function listUserComments(userId: string, limit = 50) {
  const rows = await db.comment.findMany({
    where: { authorId: userId, isDeleted: false },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: {
      id: true,
      body: true,
      status: true,
      createdAt: true,
      rejectRule: true,
      rejectNote: true,
      article: { select: { slug: true, title: true } },
    },
  });
  return rows.map((r) => ({
    ...r,
    rejectRuleTitle: r.rejectRule ? (getPolicyRule(r.rejectRule)?.title ?? r.rejectRule) : null,
  }));
}
