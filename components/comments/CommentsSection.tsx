'use client';

import { useCallback, useEffect, useMemo, useState, useTransition } from 'react';
import type { CommentSort, CommentsTab, CommentsView, CommentView } from '@/lib/comments/list-comments';
import { CommentComposer } from './CommentComposer';
import { COMMENTS_PANEL_ID, CommentTabs, tabId } from './CommentTabs';
import { CommentThread } from './CommentThread';
import { commentsHref, fetchComments, type CommentsQuery } from './fetch-comments';
import { NewCommentsNotice } from './NewCommentsNotice';
import { useNewComments } from './use-new-comments';

const SORT_LABELS: Record<CommentSort, string> = {
  newest: 'Newest',
  oldest: 'Oldest',
  recommended: 'Most recommended',
};
const LINKED = /^#comment-([a-z0-9]{1,40})$/i;

type Props = { articleSlug: string; initial?: CommentsView | null };

/**
 * The comment section. On the cached article page it loads after the article (so the article
 * stays static), at the comment a #comment-{id} link names; /articles/{slug}/comments renders it
 * on the server for readers without JavaScript.
 */
export function CommentsSection({ articleSlug, initial }: Props) {
  const [view, setView] = useState<CommentsView | null | undefined>(initial);
  // Threads from later pages, and where the next page starts.
  const [extra, setExtra] = useState<{ threads: CommentView[]; nextCursor: string | null } | null>(null);
  const [isLoadingMore, startMore] = useTransition();
  const [, startTransition] = useTransition();

  const load = useCallback(
    (q: CommentsQuery) =>
      startTransition(async () => {
        setView(await fetchComments(articleSlug, q));
        setExtra(null);
      }),
    [articleSlug],
  );
  const reload = useCallback(
    () => load({ sort: view?.sort, tab: view?.tab === 'picks' ? 'picks' : undefined }),
    [load, view?.sort, view?.tab],
  );
  useEffect(() => {
    if (initial !== undefined) return;
    // A fragment never reaches the server: the island asks for the page holding the linked comment.
    load({ comment: LINKED.exec(location.hash)?.[1] });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once on mount
  }, []);
  useEffect(() => {
    if (view?.highlightId) document.getElementById(`comment-${view.highlightId}`)?.scrollIntoView({ block: 'start' });
  }, [view?.highlightId]);

  const threads = useMemo(() => [...(view?.threads ?? []), ...(extra?.threads ?? [])], [view, extra]);
  const shownIds = useMemo(
    () => new Set(threads.flatMap((t) => [t, ...t.replies, ...t.replies.flatMap((r) => r.replies)]).map((c) => c.id)),
    [threads],
  );
  const newCount = useNewComments(articleSlug, view?.tab === 'all' ? view.now : null, shownIds);
  const nextCursor = extra ? extra.nextCursor : (view?.nextCursor ?? null);
  const canInteract = Boolean(view?.viewer?.displayName && view.viewer.hasAcceptedPolicy && !view.closedReason);

  return (
    <section
      id="comments"
      aria-labelledby="comments-heading"
      className="mt-12 border-t-4 border-neutral-900 pt-3 dark:border-neutral-100"
    >
      <h2 id="comments-heading" className="text-lg font-bold">
        Comments{view ? ` (${view.count})` : ''}
      </h2>
      <p className="mt-1 text-sm">
        Please read our{' '}
        <a href="/comment-policy" className="underline">
          comment policy
        </a>{' '}
        before commenting.
      </p>
      {view === undefined && <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400">Loading comments…</p>}
      {view === null && <p className="mt-4 text-sm">Comments are not available for this page.</p>}
      {view && (
        <>
          <CommentComposer articleSlug={articleSlug} view={view} onChanged={reload} />
          <CommentTabs articleSlug={articleSlug} selected={view.tab} onSelect={(tab: CommentsTab) => load({ tab })} />
          <div role="tabpanel" id={COMMENTS_PANEL_ID} aria-labelledby={tabId(view.tab)}>
            {view.tab === 'all' && view.count > 0 && (
              <nav aria-label="Sort comments" className="mt-4 flex gap-3 text-sm">
                <span>Sort:</span>
                {(Object.keys(SORT_LABELS) as CommentSort[]).map((s) => (
                  <a
                    key={s}
                    href={commentsHref(articleSlug, { sort: s })}
                    aria-current={view.sort === s ? 'true' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      load({ sort: s });
                    }}
                    className={view.sort === s ? 'font-bold underline' : 'hover:underline'}
                  >
                    {SORT_LABELS[s]}
                  </a>
                ))}
              </nav>
            )}
            {!view.isFirstPage && (
              <p className="mt-4 text-sm">
                <a
                  href={commentsHref(articleSlug, { sort: view.sort })}
                  onClick={(e) => {
                    e.preventDefault();
                    load({ sort: view.sort });
                  }}
                  className="underline"
                >
                  {view.highlightId ? 'Showing the thread you linked to.' : 'Showing later comments.'} Start from the
                  first comments
                </a>
              </p>
            )}
            {view.tab === 'picks' && threads.length === 0 && (
              <p className="mt-4 text-sm">No comments have been picked by our moderators yet.</p>
            )}
            <ol className="mt-4 space-y-6">
              {threads.map((t) => (
                <li key={t.id}>
                  <CommentThread
                    thread={t}
                    articleSlug={articleSlug}
                    now={view.now}
                    canInteract={canInteract}
                    highlightId={view.highlightId}
                    onChanged={reload}
                    replyMode={view.viewer?.replyNotifications}
                  />
                </li>
              ))}
            </ol>
            {nextCursor && (
              <p className="mt-6">
                <a
                  href={commentsHref(articleSlug, { sort: view.sort, after: nextCursor })}
                  onClick={(e) => {
                    e.preventDefault();
                    startMore(async () => {
                      const more = await fetchComments(articleSlug, { sort: view.sort, after: nextCursor });
                      if (more)
                        setExtra({
                          threads: [...(extra?.threads ?? []), ...more.threads],
                          nextCursor: more.nextCursor,
                        });
                    });
                  }}
                  className="font-semibold underline"
                >
                  {isLoadingMore ? 'Loading…' : 'Show more comments'}
                </a>
              </p>
            )}
          </div>
          <NewCommentsNotice count={newCount} onShow={() => load({ sort: view.sort })} />
        </>
      )}
    </section>
  );
}
