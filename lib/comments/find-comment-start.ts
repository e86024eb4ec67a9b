// Where a ?comment={id} permalink opens: the page that starts with the thread holding that
// comment. A reply far down a long thread also starts that thread's replies at itself, so it is
// always on the page. Unknown, foreign, deleted or unapproved (others') ids give null: the
// section opens normally.
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { CommentKey } from './comment-cursor';
import { commentSelect } from './comment-view';
import { REPLIES_PER_THREAD } from './list-thread-replies';

export type CommentStart = {
  head: CommentKey;
  highlightId: string;
  replyStarts: Map<string, { key: CommentKey; isInclusive: boolean }>;
};

export async function findCommentStart(
  articleId: string,
  commentId: string,
  visible: Prisma.CommentWhereInput,
): Promise<CommentStart | null> {
  const target = await db.comment.findFirst({
    where: { id: commentId, articleId, isDeleted: false, ...visible },
    select: commentSelect,
  });
  if (!target) return null;
  const replyStarts = new Map<string, { key: CommentKey; isInclusive: boolean }>();
  if (!target.parentId) return { head: target, highlightId: target.id, replyStarts };
  const [head, earlier] = await Promise.all([
    db.comment.findUnique({
      where: { id: target.parentId },
      select: { id: true, createdAt: true, recommendCount: true },
    }),
    db.comment.count({
      where: {
        parentId: target.parentId,
        isDeleted: false,
        AND: [
          visible,
          { OR: [{ createdAt: { lt: target.createdAt } }, { createdAt: target.createdAt, id: { lt: target.id } }] },
        ],
      },
    }),
  ]);
  if (!head) return null;
  if (earlier >= REPLIES_PER_THREAD) replyStarts.set(head.id, { key: target, isInclusive: true });
  return { head, highlightId: target.id, replyStarts };
}
