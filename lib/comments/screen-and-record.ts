// The one screening-and-recording path for a new comment and an edit: screen the text, and when
// screening holds or rejects, store the reasons and the rule and write the audit row.
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { ModerationSettingsRow } from './comment-settings';
import { screenComment, type ScreenReason } from './screen-comment';
import type { CommentStatus } from './status-transitions';

export type Screening = { status: CommentStatus; reasons: ScreenReason[]; rejectRule: string | null };

type ScreenTextInput = {
  body: string;
  author: { id: string; approvedCount: number };
  article: { moderationMode: string | null };
  settings: ModerationSettingsRow;
  now: Date;
  /** The comment being edited: its own text is not a duplicate of itself. */
  editedCommentId?: string;
};

export async function screenText({
  body,
  author,
  article,
  settings,
  now,
  editedCommentId,
}: ScreenTextInput): Promise<Screening> {
  const screened = await screenComment({
    body,
    author,
    article,
    settings,
    countRecentDuplicates: () =>
      db.comment.count({
        where: {
          status: { in: ['approved', 'pending', 'rejected'] },
          body,
          isDeleted: false,
          createdAt: { gte: new Date(now.getTime() - 3600_000) },
          ...(editedCommentId ? { id: { not: editedCommentId } } : {}),
        },
      }),
  });
  return { ...screened, rejectRule: screened.reasons.find((r) => r.decision === 'reject')?.rule ?? null };
}

/** The comment fields screening sets, for `status` (the status the comment actually gets). */
export function screeningFields(screening: Screening, status: CommentStatus) {
  return {
    status,
    ...(status === 'rejected' ? { rejectRule: screening.rejectRule } : {}),
    ...(screening.reasons.length ? { reasons: screening.reasons as unknown as Prisma.InputJsonValue } : {}),
  };
}

/** The audit row when screening held or rejected the text (nothing when it passed). */
export async function recordScreening(
  tx: Prisma.TransactionClient,
  input: {
    commentId: string;
    authorId: string;
    screening: Screening;
    status: CommentStatus;
    isEdit: boolean;
    now: Date;
  },
): Promise<void> {
  const { screening, status } = input;
  if (screening.status === 'approved') return;
  await tx.moderationAction.create({
    data: {
      actorId: null,
      action: status === 'rejected' ? 'auto-reject' : 'auto-hold',
      targetCommentId: input.commentId,
      targetUserId: input.authorId,
      rule: screening.rejectRule ?? screening.reasons[0]?.rule,
      note: input.isEdit ? 'Screened after an edit by its author' : undefined,
      details: screening.reasons as unknown as Prisma.InputJsonValue,
      createdAt: input.now,
    },
  });
}
