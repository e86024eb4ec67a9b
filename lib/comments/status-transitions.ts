// Who may move a comment's status where, in one place. Visibility ranks rejected < pending <
// approved: only screening of a new comment and a moderator's decision may raise it; an
// author's edit and readers' reports can only keep or lower it (issue 13).
export const COMMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** screening: a new comment; author-edit: the re-screened edit; reader-reports: the hold threshold. */
export type StatusCause = 'screening' | 'author-edit' | 'reader-reports' | 'moderator';

const RANK: Record<CommentStatus, number> = { rejected: 0, pending: 1, approved: 2 };

export function isCommentStatus(value: unknown): value is CommentStatus {
  return typeof value === 'string' && (COMMENT_STATUSES as readonly string[]).includes(value);
}

/**
 * The status a comment ends up with when `cause` proposes `proposed` for a comment now at
 * `from` (null: not stored yet). A proposal the cause may not make leaves the status as it is.
 */
export function nextCommentStatus(
  cause: StatusCause,
  from: CommentStatus | null,
  proposed: CommentStatus,
): CommentStatus {
  if (from === null) return cause === 'screening' ? proposed : 'pending';
  switch (cause) {
    case 'screening':
      return from; // screening decides only for a new comment; an edit goes through author-edit
    case 'author-edit':
      return RANK[proposed] < RANK[from] ? proposed : from;
    case 'reader-reports':
      return from === 'approved' && proposed === 'pending' ? 'pending' : from;
    case 'moderator':
      return proposed === 'pending' ? from : proposed;
  }
}

/** True when `cause` may move a comment from `from` to `to` (staying put is always allowed). */
export function canChangeCommentStatus(cause: StatusCause, from: CommentStatus | null, to: CommentStatus): boolean {
  return nextCommentStatus(cause, from, to) === to;
}
