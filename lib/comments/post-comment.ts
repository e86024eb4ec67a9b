import { isSlug } from '../content/slugify';
import { db } from '../db';
import { commentBodySchema, commentIdSchema } from './comment-body-schema';
import { fail, type Actor, type Result } from '../result';
import { commentsClosedReason, getModerationSettings } from './comment-settings';
import { checkAuthorStanding } from './author-standing';
import { consumePostingAllowance } from './posting-limits';
import { recordScreening, screenText, screeningFields } from './screen-and-record';
import { nextCommentStatus } from './status-transitions';
import { queueReplyNotification } from '../notifications/queue-reply-notification';

export type PostCommentInput = { articleSlug: string; body: string; replyToId?: string | null };
export type PostedComment = {
  commentId: string;
  status: 'approved' | 'pending' | 'rejected';
  rejectRule?: string | null;
};

export async function postComment(
  actor: Actor,
  input: PostCommentInput,
  now = new Date(),
): Promise<Result<PostedComment>> {
  if (!actor) return fail('unauthenticated', 'Sign in to comment.');
  const body = commentBodySchema.safeParse(input.body);
  if (!body.success) return fail('invalid', body.error.issues[0]!.message);

  const article = !isSlug(input.articleSlug)
    ? null
    : await db.article.findFirst({
        where: { slug: input.articleSlug, isPublished: true },
        select: { id: true, commentsOpen: true, publishedAt: true, moderationMode: true },
      });
  if (!article) return fail('not-found', 'That article does not exist.');
  const settings = await getModerationSettings();
  const closed = commentsClosedReason(article, settings.commentWindowDays, now);
  if (closed) return fail('closed', closed);

  const standing = await checkAuthorStanding(actor.id, now);
  if (!standing.ok) return standing;

  // A reply joins the thread of the comment it answers (threads are one level deep).
  let parentId: string | null = null;
  let replyToId: string | null = null;
  if (input.replyToId) {
    const id = commentIdSchema.safeParse(input.replyToId);
    const target = id.success
      ? await db.comment.findFirst({
          where: { id: id.data, articleId: article.id, status: 'approved', isDeleted: false },
          select: { id: true, parentId: true },
        })
      : null;
    if (!target) return fail('not-found', 'The comment you are replying to is no longer available.');
    parentId = target.parentId ?? target.id;
    replyToId = target.id;
  }

  const previous = await db.comment.findFirst({
    where: { authorId: actor.id },
    orderBy: { createdAt: 'desc' },
    select: { body: true, isDeleted: true },
  });
  if (previous && !previous.isDeleted && previous.body === body.data)
    return fail('duplicate', 'You have already posted exactly this comment.');

  const wait = await consumePostingAllowance(actor.id, settings);
  if (wait > 0)
    return fail('rate-limited', `You are commenting too quickly. Try again in ${wait} second${wait === 1 ? '' : 's'}.`);

  const screening = await screenText({
    body: body.data,
    author: { id: actor.id, approvedCount: standing.approvedCount },
    article,
    settings,
    now,
  });
  const status = nextCommentStatus('screening', null, screening.status);
  const comment = await db.$transaction(async (tx) => {
    const created = await tx.comment.create({
      data: {
        articleId: article.id,
        authorId: actor.id,
        parentId,
        replyToId,
        body: body.data,
        createdAt: now,
        approvedAt: status === 'approved' ? now : null,
        ...screeningFields(screening, status),
      },
      select: { id: true },
    });
    await recordScreening(tx, { commentId: created.id, authorId: actor.id, screening, status, isEdit: false, now });
    return created;
  });
  // A reply published at once tells the author it answers; a held one waits for approval.
  if (status === 'approved' && replyToId)
    await queueReplyNotification(comment.id, now).catch((err) =>
      console.error('Could not queue a reply notification', err),
    );
  return { ok: true, commentId: comment.id, status, rejectRule: status === 'rejected' ? screening.rejectRule : null };
}
