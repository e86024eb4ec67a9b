import { describe, expect, it } from 'vitest';
import {
  canChangeCommentStatus,
  isCommentStatus,
  nextCommentStatus,
  type CommentStatus,
  type StatusCause,
} from './status-transitions';

// cause, from, proposed → result. Every row of the rules, so a change to one shows here.
const TABLE: [StatusCause, CommentStatus | null, CommentStatus, CommentStatus][] = [
  ['screening', null, 'approved', 'approved'],
  ['screening', null, 'pending', 'pending'],
  ['screening', null, 'rejected', 'rejected'],
  ['screening', 'pending', 'approved', 'pending'],
  ['screening', 'rejected', 'approved', 'rejected'],

  // An edit never raises: held stays held, whatever the new text screens as.
  ['author-edit', 'approved', 'approved', 'approved'],
  ['author-edit', 'approved', 'pending', 'pending'],
  ['author-edit', 'approved', 'rejected', 'rejected'],
  ['author-edit', 'pending', 'approved', 'pending'],
  ['author-edit', 'pending', 'pending', 'pending'],
  ['author-edit', 'pending', 'rejected', 'rejected'],
  ['author-edit', 'rejected', 'approved', 'rejected'],
  ['author-edit', 'rejected', 'pending', 'rejected'],
  ['author-edit', null, 'approved', 'pending'],

  // Reports only hold a public comment.
  ['reader-reports', 'approved', 'pending', 'pending'],
  ['reader-reports', 'approved', 'rejected', 'approved'],
  ['reader-reports', 'pending', 'approved', 'pending'],
  ['reader-reports', 'rejected', 'approved', 'rejected'],
  ['reader-reports', 'rejected', 'pending', 'rejected'],

  // Moderators approve or reject from anywhere; "pending" is not a decision.
  ['moderator', 'pending', 'approved', 'approved'],
  ['moderator', 'pending', 'rejected', 'rejected'],
  ['moderator', 'rejected', 'approved', 'approved'],
  ['moderator', 'approved', 'rejected', 'rejected'],
  ['moderator', 'approved', 'pending', 'approved'],
  ['moderator', 'rejected', 'pending', 'rejected'],
];

describe('comment status transitions', () => {
  it.each(TABLE)('%s: %s proposed %s → %s', (cause, from, proposed, expected) => {
    expect(nextCommentStatus(cause, from, proposed)).toBe(expected);
    expect(canChangeCommentStatus(cause, from, proposed)).toBe(expected === proposed);
  });

  it('never lets an author edit or reader reports make a comment more visible', () => {
    const rank = { rejected: 0, pending: 1, approved: 2 } as const;
    for (const cause of ['author-edit', 'reader-reports'] as const)
      for (const from of ['approved', 'pending', 'rejected'] as const)
        for (const proposed of ['approved', 'pending', 'rejected'] as const)
          expect(rank[nextCommentStatus(cause, from, proposed)]).toBeLessThanOrEqual(rank[from]);
  });

  it('recognises only the three statuses', () => {
    expect(['approved', 'pending', 'rejected', 'constructor', '', null].map(isCommentStatus)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
