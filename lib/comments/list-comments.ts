// The comment section as one reader sees it: approved comments, plus their own pending ones
// marked "awaiting moderation". Only display names leave the server, never emails.
import type { Prisma } from '../generated/prisma/client';
import { isSlug } from '../content/slugify';
import { db } from '../db';
import { EDIT_WINDOW_MS, commentsClosedReason, getModerationSettings } from './comment-settings';
import { POLICY_VERSION } from './policy';
import { getNotificationPreferences } from '../notifications/get-notification-preferences';
import type { ReplyMode } from '../notifications/notification-kinds';

export const COMMENT_SORTS = ['newest', 'oldest', 'recommended'] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];
export const THREADS_PER_PAGE = 20;

/** Sort and page from untrusted input (query string or action argument), with safe defaults. */
export function parseCommentView(sort: unknown, page: unknown): { sort: CommentSort; page: number } {
  const n =
    typeof page === 'number' ? page : Number(typeof page === 'string' && /^[1-9]\d{0,3}$/.test(page) ? page : NaN);
  return {
    sort: (COMMENT_SORTS as readonly unknown[]).includes(sort) ? (sort as CommentSort) : 'newest',
    page: Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1,
  };
}

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
  replyToName: string | null;
  replies: CommentView[];
};

export type Viewer = { id: string } | null;

export type CommentsView = {
  articleSlug: string;
  count: number;
  sort: CommentSort;
  page: number;
  hasMore: boolean;
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

const ORDER: Record<CommentSort, Prisma.CommentOrderByWithRelationInput[]> = {
  newest: [{ createdAt: 'desc' }, { id: 'desc' }],
  oldest: [{ createdAt: 'asc' }, { id: 'asc' }],
  recommended: [{ recommendCount: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }],
};

const select = {
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

export async function listComments(
  articleSlug: string,
  viewer: Viewer,
  sort: CommentSort = 'newest',
  page = 1,
  now = new Date(),
): Promise<CommentsView | null> {
  if (!isSlug(articleSlug)) return null;
  const article = await db.article.findFirst({
    where: { slug: articleSlug, isPublished: true },
    select: { id: true, commentsOpen: true, publishedAt: true },
  });
  if (!article) return null;
  const visible: Prisma.CommentWhereInput = viewer
    ? { OR: [{ status: 'approved' }, { status: 'pending', authorId: viewer.id, isDeleted: false }] }
    : { status: 'approved' };
  const [settings, count, topLevel, user] = await Promise.all([
    getModerationSettings(),
    db.comment.count({ where: { articleId: article.id, status: 'approved', isDeleted: false } }),
    db.comment.findMany({
      where: { articleId: article.id, parentId: null, ...visible },
      orderBy: ORDER[sort],
      skip: (page - 1) * THREADS_PER_PAGE,
      take: THREADS_PER_PAGE + 1,
      select,
    }),
    viewer
      ? db.user.findUnique({
          where: { id: viewer.id },
          select: { displayName: true, policyVersion: true, pendingWarning: true },
        })
      : null,
  ]);
  const hasMore = topLevel.length > THREADS_PER_PAGE;
  const threads = topLevel.slice(0, THREADS_PER_PAGE);
  const replies = await db.comment.findMany({
    where: { parentId: { in: threads.map((t) => t.id) }, ...visible },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select,
  });
  const ids = [...threads, ...replies].map((c) => c.id);
  const [recommended, reported] = viewer
    ? await Promise.all([
        db.commentRecommendation.findMany({
          where: { userId: viewer.id, commentId: { in: ids } },
          select: { commentId: true },
        }),
        db.commentReport.findMany({
          where: { reporterId: viewer.id, commentId: { in: ids } },
          select: { commentId: true },
        }),
      ])
    : [[], []];
  const recommendedIds = new Set(recommended.map((r) => r.commentId));
  const reportedIds = new Set(reported.map((r) => r.commentId));
  const nameById = new Map(
    [...threads, ...replies].map((c) => [
      c.id,
      c.isDeleted || !c.author ? '[deleted]' : (c.author.displayName ?? 'Reader'),
    ]),
  );

  type Row = (typeof replies)[number];
  const toView = (c: Row): CommentView => {
    const isOwn = Boolean(viewer && c.authorId === viewer.id);
    const editableUntil = isOwn && !c.isDeleted ? new Date(c.createdAt.getTime() + EDIT_WINDOW_MS) : null;
    return {
      id: c.id,
      authorName: nameById.get(c.id)!,
      body: c.isDeleted ? '' : c.body,
      createdAt: c.createdAt.toISOString(),
      editedAt: c.editedAt?.toISOString() ?? null,
      editableUntil: editableUntil && editableUntil > now ? editableUntil.toISOString() : null,
      isOwn,
      isPending: c.status === 'pending',
      isDeleted: c.isDeleted,
      isFeatured: c.isFeatured,
      recommendCount: c.recommendCount,
      hasRecommended: recommendedIds.has(c.id),
      hasReported: reportedIds.has(c.id),
      replyToName: c.parentId && c.replyToId && c.replyToId !== c.parentId ? (nameById.get(c.replyToId) ?? null) : null,
      replies: [],
    };
  };
  const repliesByParent = new Map<string, CommentView[]>();
  for (const r of replies) {
    if (r.isDeleted) continue; // a deleted reply has nothing under it to keep in place
    repliesByParent.set(r.parentId!, [...(repliesByParent.get(r.parentId!) ?? []), toView(r)]);
  }
  const threadViews = threads
    .map((t) => ({ ...toView(t), replies: repliesByParent.get(t.id) ?? [] }))
    .filter((t) => !t.isDeleted || t.replies.length > 0);

  return {
    articleSlug,
    count,
    sort,
    page,
    hasMore,
    threads: threadViews,
    closedReason: commentsClosedReason(article, settings.commentWindowDays, now),
    viewer: user
      ? {
          displayName: user.displayName,
          hasAcceptedPolicy: user.policyVersion === POLICY_VERSION,
          warning: user.pendingWarning,
          replyNotifications: (await getNotificationPreferences(viewer!.id)).replies,
        }
      : null,
    policyVersion: POLICY_VERSION,
    now: now.toISOString(),
  };
}
