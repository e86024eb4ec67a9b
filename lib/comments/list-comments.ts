// The comment section as one reader sees it: approved comments, plus their own pending ones
// marked "awaiting moderation". Pages go by keyset (comment-cursor.ts): a page is the
// THREADS_PER_PAGE threads after a cursor, each with its first replies (list-thread-replies.ts).
import type { Prisma } from '../generated/prisma/client';
import { isSlug } from '../content/slugify';
import { db } from '../db';
import { commentsClosedReason, getModerationSettings } from './comment-settings';
import {
  COMMENT_ORDER,
  COMMENT_SORTS,
  afterKey,
  compareKeys,
  decodeCursor,
  encodeCursor,
  type CommentKey,
  type CommentSort,
} from './comment-cursor';
import { commentSelect, type CommentRow, type CommentsTab, type CommentsView, type Viewer } from './comment-view';
import { buildThreadViews } from './build-thread-views';
import { findCommentStart } from './find-comment-start';
import { POLICY_VERSION } from './policy';
import { getNotificationPreferences } from '../notifications/get-notification-preferences';
import { DEFAULT_PREFERENCES } from '../notifications/notification-kinds';

export { COMMENT_SORTS, type CommentSort };
export type { CommentView, CommentsTab, CommentsView, Viewer } from './comment-view';
export const THREADS_PER_PAGE = 20;
const PICKS_SHOWN = 50;

export type CommentPageQuery = {
  tab?: CommentsTab;
  /** Continue after this cursor (of the sort, or of a thread's replies with `thread`). */
  after?: string | null;
  /** Open the page at this comment: ?comment={id} permalinks. */
  around?: string | null;
  /** Only this thread, its replies continued after `after` ("show more replies"). */
  thread?: string | null;
};

const ID = /^[a-z0-9]{1,40}$/i;
const pick = (v: unknown) => (typeof v === 'string' && ID.test(v) ? v : null);

/** Sort and page from untrusted input (query string), with safe defaults. */
export function parseCommentView(q: Record<string, unknown>): { sort: CommentSort } & CommentPageQuery {
  const sort = (COMMENT_SORTS as readonly unknown[]).includes(q.sort) ? (q.sort as CommentSort) : 'newest';
  return {
    sort,
    tab: q.tab === 'picks' ? 'picks' : 'all',
    after: typeof q.after === 'string' && q.after.length <= 200 ? q.after : null,
    around: pick(q.comment),
    thread: pick(q.thread),
  };
}

export async function listComments(
  articleSlug: string,
  viewer: Viewer,
  sort: CommentSort = 'newest',
  query: CommentPageQuery = {},
  now = new Date(),
): Promise<CommentsView | null> {
  if (!isSlug(articleSlug)) return null;
  const article = await db.article.findFirst({
    where: { slug: articleSlug, isPublished: true },
    select: { id: true, commentsOpen: true, publishedAt: true },
  });
  if (!article) return null;
  const tab = query.tab ?? 'all';
  const visible: Prisma.CommentWhereInput = viewer
    ? { OR: [{ status: 'approved' }, { status: 'pending', authorId: viewer.id, isDeleted: false }] }
    : { status: 'approved' };
  const focus = tab === 'all' && query.around ? await findCommentStart(article.id, query.around, visible) : null;
  const more =
    !focus && query.thread ? await threadStart(article.id, query.thread, query.after ?? null, visible) : null;
  const after = focus || more || tab === 'picks' ? null : decodeCursor(sort, query.after);
  const from = focus ? { key: focus.head, isInclusive: true } : after ? { key: after, isInclusive: false } : null;
  const [settings, count, page, user, emailChoices] = await Promise.all([
    getModerationSettings(),
    db.comment.count({ where: { articleId: article.id, status: 'approved', isDeleted: false } }),
    more
      ? [more.head]
      : tab === 'picks'
        ? db.comment.findMany({
            where: { articleId: article.id, status: 'approved', isFeatured: true, isDeleted: false },
            orderBy: COMMENT_ORDER.newest,
            take: PICKS_SHOWN,
            select: commentSelect,
          })
        : listTopLevel(article.id, sort, from, viewer),
    viewer
      ? db.user.findUnique({
          where: { id: viewer.id },
          select: { displayName: true, policyVersion: true, pendingWarning: true },
        })
      : null,
    viewer ? getNotificationPreferences(viewer.id) : null,
  ]);
  const hasMore = tab === 'all' && !more && page.length > THREADS_PER_PAGE;
  const threads = page.slice(0, THREADS_PER_PAGE);
  const last = threads.at(-1);
  return {
    articleSlug,
    count,
    tab,
    sort,
    isFirstPage: !from && !more,
    nextCursor: hasMore && last ? encodeCursor(sort, last) : null,
    highlightId: focus?.highlightId ?? null,
    threads: await buildThreadViews(threads, {
      viewer,
      visible,
      now,
      from: (focus ?? more)?.replyStarts,
      isFlat: tab === 'picks',
    }),
    closedReason: commentsClosedReason(article, settings.commentWindowDays, now),
    viewer: user
      ? {
          displayName: user.displayName,
          hasAcceptedPolicy: user.policyVersion === POLICY_VERSION,
          warning: user.pendingWarning,
          replyNotifications: (emailChoices ?? DEFAULT_PREFERENCES).replies,
        }
      : null,
    policyVersion: POLICY_VERSION,
    now: now.toISOString(),
  };
}

/**
 * One page of first comments: approved ones by keyset, merged with the viewer's own held ones
 * (a separate query, so the approved one keeps a plain index range instead of an OR).
 */
async function listTopLevel(
  articleId: string,
  sort: CommentSort,
  from: { key: CommentKey; isInclusive: boolean } | null,
  viewer: Viewer,
) {
  const keyset = from ? afterKey(sort, from.key, from.isInclusive) : {};
  const take = THREADS_PER_PAGE + 1;
  const query = (where: Prisma.CommentWhereInput) =>
    db.comment.findMany({
      where: { articleId, parentId: null, ...where, ...keyset },
      orderBy: COMMENT_ORDER[sort],
      take,
      select: commentSelect,
    });
  const [approved, own] = await Promise.all([
    query({ status: 'approved' }),
    viewer ? query({ status: 'pending', authorId: viewer.id, isDeleted: false }) : [],
  ]);
  if (own.length === 0) return approved;
  return [...approved, ...own].sort((a, b) => compareKeys(sort, a, b)).slice(0, take);
}

/** "Show more replies": the thread's first comment, its replies continued after `after`. */
async function threadStart(
  articleId: string,
  threadId: string,
  after: string | null,
  visible: Prisma.CommentWhereInput,
) {
  const head: CommentRow | null = await db.comment.findFirst({
    where: { id: threadId, articleId, parentId: null, ...visible },
    select: commentSelect,
  });
  if (!head) return null;
  const key = decodeCursor('oldest', after);
  const replyStarts = new Map(key ? [[head.id, { key, isInclusive: false }]] : []);
  return { head, replyStarts };
}
