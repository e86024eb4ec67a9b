// What one comment looks like to one reader, and the row it is built from. Only display names
// leave the server, never emails.
import { EDIT_WINDOW_MS } from './comment-settings';
import type { CommentSort } from './comment-cursor';
import type { ReplyMode } from '../notifications/notification-kinds';

export type CommentView = {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  editableUntil: string | null;
  isOwn: boolean;
  isPending: boolean;
  isDeleted: boolean;
  isFeatured: boolean;
  recommendCount: number;
  hasRecommended: boolean;
  hasReported: boolean;
  /** The comment this one answers, when it is not the thread's first comment. */
  replyToId: string | null;
  /** Its author's name, when that comment is on the page. */
  replyToName: string | null;
  replies: CommentView[];
  /** On a thread: replies not loaded yet, and where to continue. */
  moreReplies: number;
  repliesCursor: string | null;
};

export type CommentsTab = 'all' | 'picks';

export type CommentsView = {
  articleSlug: string;
  count: number;
  tab: CommentsTab;
  sort: CommentSort;
  /** False on later pages, at a permalink and on "more replies": offer the way back to the start. */
  isFirstPage: boolean;
  /** Where the next page starts (null on the last). */
  nextCursor: string | null;
  /** Set when the page was opened at a comment (?comment=): that comment, highlighted. */
  highlightId: string | null;
  threads: CommentView[];
  closedReason: string | null;
  viewer: null | {
    displayName: string | null;
    hasAcceptedPolicy: boolean;
    warning: string | null;
    /** The "Email me replies" choice shown beside Post comment. */
    replyNotifications: ReplyMode;
  };
  policyVersion: string;
  now: string;
};

export type Viewer = { id: string } | null;

export const commentSelect = {
  id: true,
  body: true,
  createdAt: true,
  editedAt: true,
  status: true,
  isDeleted: true,
  isFeatured: true,
  recommendCount: true,
  authorId: true,
  parentId: true,
  replyToId: true,
  author: { select: { displayName: true } },
} as const;

export type CommentRow = {
  id: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  status: string;
  isDeleted: boolean;
  isFeatured: boolean;
  recommendCount: number;
  authorId: string | null;
  parentId: string | null;
  replyToId: string | null;
  author: { displayName: string | null } | null;
};

export function authorNameOf(c: CommentRow): string {
  return c.isDeleted || !c.author ? '[deleted]' : (c.author.displayName ?? 'Reader');
}

type Marks = { viewer: Viewer; now: Date; recommended: Set<string>; reported: Set<string>; names: Map<string, string> };

export function toCommentView(c: CommentRow, m: Marks): CommentView {
  const isOwn = Boolean(m.viewer && c.authorId === m.viewer.id);
  const editableUntil = isOwn && !c.isDeleted ? new Date(c.createdAt.getTime() + EDIT_WINDOW_MS) : null;
  const replyToId = c.parentId && c.replyToId && c.replyToId !== c.parentId ? c.replyToId : null;
  return {
    id: c.id,
    authorName: authorNameOf(c),
    body: c.isDeleted ? '' : c.body,
    createdAt: c.createdAt.toISOString(),
    editedAt: c.editedAt?.toISOString() ?? null,
    editableUntil: editableUntil && editableUntil > m.now ? editableUntil.toISOString() : null,
    isOwn,
    isPending: c.status === 'pending',
    isDeleted: c.isDeleted,
    isFeatured: c.isFeatured,
    recommendCount: c.recommendCount,
    hasRecommended: m.recommended.has(c.id),
    hasReported: m.reported.has(c.id),
    replyToId,
    replyToName: replyToId ? (m.names.get(replyToId) ?? null) : null,
    replies: [],
    moreReplies: 0,
    repliesCursor: null,
  };
}
