import { z } from 'zod';
import { db } from '../db';
import { commentIdSchema } from '../comments/comment-body-schema';
import { fail, type Actor, type Result } from '../result';
import { POLICY_RULE_IDS } from '../comments/policy';
import { isCommentStatus, nextCommentStatus } from '../comments/status-transitions';
import { cdnPurgeTarget } from '../cache/cdn-purge-target';
import { purgeCdn } from '../cache/purge-cdn';
import { checkStaff } from './moderator-check';
import { notifyRejection } from './notify-rejection';
import { queueApprovalNotification } from '../notifications/queue-approval-notification';
import { queueReplyNotification } from '../notifications/queue-reply-notification';

// Decisions come from form fields: an allow-list, never a property lookup (`'constructor' in {}`).
export const COMMENT_DECISIONS = ['approve', 'reject', 'feature', 'unfeature'] as const;
export type CommentDecision = (typeof COMMENT_DECISIONS)[number];
const decisionSchema = z.enum(COMMENT_DECISIONS);

const rejectSchema = z.object({
  rule: z.enum(POLICY_RULE_IDS, { message: 'Choose the rule the comment breaks.' }),
  note: z
    .string()
    .trim()
    .max(1000, 'Keep the note under 1,000 characters.')
    .optional()
    .transform((v) => v || undefined),
});

/** Approve, reject (citing a rule), feature or un-feature one comment; one audit row each. */
export async function moderateComment(
  actor: Actor,
  commentId: string,
  decision: CommentDecision,
  input: { rule?: string; note?: string } = {},
  now = new Date(),
): Promise<Result> {
  const changed = new Set<string>();
  const result = await decide(actor, commentId, decision, input, now, changed);
  purgeThreads(changed);
  return result;
}

// A CDN may keep a thread a few seconds (docs/0021); the change reaches readers now. Not awaited:
// a slow CDN never holds a moderator up, and a failed purge is only logged.
function purgeThreads(slugs: Set<string>): void {
  const paths = [...slugs].flatMap((slug) => [`/api/comments/${slug}`, `/articles/${slug}/comments`]);
  if (paths.length > 0) void purgeCdn(cdnPurgeTarget(), paths);
}

/** One decision; adds the article whose thread changed to `changed`, for the caller to purge. */
async function decide(
  actor: Actor,
  commentId: string,
  decision: CommentDecision,
  input: { rule?: string; note?: string },
  now: Date,
  changed: Set<string>,
): Promise<Result> {
  const denied = checkStaff(actor);
  if (denied) return denied;
  const decided = decisionSchema.safeParse(decision);
  if (!decided.success) return fail('invalid', 'Unknown moderation decision.');
  decision = decided.data;
  const id = commentIdSchema.safeParse(commentId);
  if (!id.success) return fail('not-found', 'That comment does not exist.');
  const comment = await db.comment.findUnique({
    where: { id: id.data },
    select: { id: true, authorId: true, isDeleted: true, status: true, article: { select: { slug: true } } },
  });
  if (!comment || comment.isDeleted || !isCommentStatus(comment.status))
    return fail('not-found', 'That comment does not exist or was deleted by its author.');
  let rule: string | undefined;
  let note: string | undefined;
  if (decision === 'reject') {
    const parsed = rejectSchema.safeParse(input);
    if (!parsed.success) return fail('invalid', parsed.error.issues[0]!.message);
    ({ rule, note } = parsed.data);
  }
  if ((decision === 'feature' || decision === 'unfeature') && comment.status !== 'approved')
    return fail('invalid', 'Only approved comments can be featured.');
  const data =
    decision === 'approve'
      ? {
          status: nextCommentStatus('moderator', comment.status, 'approved'),
          rejectRule: null,
          rejectNote: null,
          // Public from now (held or rejected before); approving an approved one changes nothing.
          ...(comment.status !== 'approved' && { approvedAt: now }),
        }
      : decision === 'reject'
        ? {
            status: nextCommentStatus('moderator', comment.status, 'rejected'),
            rejectRule: rule,
            rejectNote: note ?? null,
            isFeatured: false,
          }
        : { isFeatured: decision === 'feature' };
  await db.$transaction([
    db.comment.update({ where: { id: comment.id }, data: { ...data, moderatedAt: now, moderatedById: actor!.id } }),
    db.moderationAction.create({
      data: {
        actorId: actor!.id,
        action: decision,
        targetCommentId: comment.id,
        targetUserId: comment.authorId,
        rule,
        note,
        createdAt: now,
      },
    }),
  ]);
  changed.add(comment.article.slug);
  if (decision === 'reject' && comment.status !== 'rejected' && comment.authorId) {
    // The decision stands even if the email cannot be sent; the account page shows it too.
    await notifyRejection(comment.id).catch((err) =>
      console.error('Could not email the author about a rejected comment', err),
    );
  }
  if (decision === 'approve' && comment.status !== 'approved') {
    // Queued, not sent here: the notification sender delivers them (docs/0014).
    await Promise.all([
      comment.status === 'pending' ? queueApprovalNotification(comment.id, now) : null,
      queueReplyNotification(comment.id, now),
    ]).catch((err) => console.error('Could not queue notifications for an approved comment', err));
  }
  return { ok: true };
}

/** Bulk approve or reject; each comment gets its own audit row. */
export async function moderateComments(
  actor: Actor,
  ids: string[],
  decision: 'approve' | 'reject',
  input: { rule?: string; note?: string } = {},
): Promise<Result<{ done: number }>> {
  const denied = checkStaff(actor);
  if (denied) return denied;
  if (ids.length === 0) return fail('invalid', 'Select at least one comment.');
  if (ids.length > 200) return fail('invalid', 'Select at most 200 comments at a time.');
  let done = 0;
  const changed = new Set<string>();
  try {
    for (const id of ids) {
      const result = await decide(actor, id, decision, input, new Date(), changed);
      if (!result.ok && result.code === 'invalid')
        return { ...result, message: `${result.message} (${done} done before this one)` };
      if (result.ok) done++;
    }
    return { ok: true, done };
  } finally {
    // Once per thread, not once per comment: a bulk decision is one change to a CDN.
    purgeThreads(changed);
  }
}
