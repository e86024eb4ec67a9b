import { z } from 'zod';
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { commentIdSchema } from './comment-body-schema';
import { fail, type Actor, type Result } from '../result';
import { getModerationSettings } from './comment-settings';
import { checkReaderStanding } from './author-standing';
import { OTHER_NOTE_REQUIRED, OTHER_REPORT_REASON, REPORT_REASON_IDS } from './policy';
import { isCommentStatus, nextCommentStatus } from './status-transitions';
import { queueReportAlerts } from '../notifications/queue-report-alerts';

const reportSchema = z
  .object({
    rule: z.enum(REPORT_REASON_IDS, { message: 'Choose the rule the comment breaks.' }),
    note: z
      .string()
      .trim()
      .max(500, 'Keep the note under 500 characters.')
      .optional()
      .transform((v) => v || undefined),
  })
  .refine((r) => r.rule !== OTHER_REPORT_REASON || r.note !== undefined, {
    message: OTHER_NOTE_REQUIRED,
    path: ['note'],
  });

/** One report per reader per comment; at the threshold the comment leaves public view for review. */
export async function reportComment(
  actor: Actor,
  commentId: string,
  input: { rule: string; note?: string },
): Promise<Result> {
  if (!actor) return fail('unauthenticated', 'Sign in to report a comment.');
  const id = commentIdSchema.safeParse(commentId);
  if (!id.success) return fail('not-found', 'That comment does not exist.');
  const parsed = reportSchema.safeParse(input);
  if (!parsed.success) return fail('invalid', parsed.error.issues[0]!.message);
  const comment = await db.comment.findUnique({
    where: { id: id.data },
    select: { authorId: true, isDeleted: true, status: true },
  });
  if (!comment || comment.isDeleted) return fail('not-found', 'That comment does not exist.');
  if (comment.authorId === actor.id) return fail('forbidden', 'You cannot report your own comment.');
  const barred = await checkReaderStanding(actor.id);
  if (barred) return barred;
  const settings = await getModerationSettings();
  let reportCount: number;
  try {
    reportCount = await db.$transaction(async (tx) => {
      await tx.commentReport.create({
        data: { commentId: id.data, reporterId: actor.id, rule: parsed.data.rule, note: parsed.data.note },
      });
      const updated = await tx.comment.update({
        where: { id: id.data },
        data: { reportCount: { increment: 1 }, moderatedAt: null },
        select: { reportCount: true, status: true },
      });
      const canHold =
        isCommentStatus(updated.status) &&
        nextCommentStatus('reader-reports', updated.status, 'pending') !== updated.status;
      if (canHold && updated.reportCount >= settings.reportHoldThreshold) {
        // Conditional: a moderator's decision a moment ago must not be turned back into a hold.
        const hold = await tx.comment.updateMany({
          where: { id: id.data, status: updated.status },
          data: { status: 'pending' },
        });
        if (hold.count === 1)
          await tx.moderationAction.create({
            data: {
              actorId: null,
              action: 'auto-hold',
              targetCommentId: id.data,
              targetUserId: comment.authorId,
              rule: parsed.data.rule,
              note: `Held after ${updated.reportCount} reports`,
            },
          });
      }
      return updated.reportCount;
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002')
      return fail('duplicate', 'You have already reported this comment. Thank you — moderators will look at it.');
    throw err;
  }
  const alert = { commentId: id.data, reportCount, reportAlertThreshold: settings.reportAlertThreshold };
  await queueReportAlerts(alert).catch((err) => console.error('Could not queue report alerts', err));
  return { ok: true };
}
