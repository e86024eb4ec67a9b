import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { commentIdSchema } from './comment-body-schema';
import { fail, type Actor, type Result } from '../result';
import { checkReaderStanding } from './author-standing';

/** Recommends (or, with `isOn` false, un-recommends) another reader's comment; once each. */
export async function recommendComment(
  actor: Actor,
  commentId: string,
  isOn: boolean,
): Promise<Result<{ recommendCount: number; hasRecommended: boolean }>> {
  if (!actor) return fail('unauthenticated', 'Sign in to recommend comments.');
  const id = commentIdSchema.safeParse(commentId);
  if (!id.success) return fail('not-found', 'That comment does not exist.');
  const comment = await db.comment.findUnique({
    where: { id: id.data },
    select: { authorId: true, status: true, isDeleted: true },
  });
  if (!comment || comment.isDeleted || comment.status !== 'approved')
    return fail('not-found', 'That comment does not exist.');
  if (comment.authorId === actor.id) return fail('forbidden', 'You cannot recommend your own comment.');
  const barred = await checkReaderStanding(actor.id);
  if (barred) return barred;
  await db.$transaction(async (tx) => {
    if (isOn) {
      try {
        await tx.commentRecommendation.create({ data: { commentId: id.data, userId: actor.id } });
      } catch (err) {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') return; // already recommended
        throw err;
      }
    } else {
      const removed = await tx.commentRecommendation.deleteMany({ where: { commentId: id.data, userId: actor.id } });
      if (removed.count === 0) return;
    }
    await tx.comment.update({ where: { id: id.data }, data: { recommendCount: { increment: isOn ? 1 : -1 } } });
  });
  const after = await db.comment.findUniqueOrThrow({ where: { id: id.data }, select: { recommendCount: true } });
  return { ok: true, recommendCount: after.recommendCount, hasRecommended: isOn };
}
