'use client';

import { useCallback, useEffect, useState, useTransition } from 'react';
import type { CommentSort, CommentsView, CommentView } from '@/lib/comments/list-comments';
import { CommentForm } from './CommentForm';
import { fetchComments } from './fetch-comments';
import { CommentItem } from './CommentItem';
import { PolicyGate } from './PolicyGate';
import { WarningNotice } from './WarningNotice';

const SORT_LABELS: Record<CommentSort, string> = {
  newest: 'Newest',
  oldest: 'Oldest',
  recommended: 'Most recommended',
};

type Props = { articleSlug: string; initial?: CommentsView | null };

/**
 * The comment section. On the cached article page it loads after the article (so the article
 * stays static); /articles/{slug}/comments renders it on the server for readers without JavaScript.
 */
export function CommentsSection({ articleSlug, initial }: Props) {
  const [view, setView] = useState<CommentsView | null | undefined>(initial);
  // Threads from later pages, and the page to load next (null when there is no more).
  const [extra, setExtra] = useState<{ threads: CommentView[]; nextPage: number | null } | null>(null);
  const [, startTransition] = useTransition();

  const reload = useCallback(
    (sort: string = view?.sort ?? 'newest') =>
      startTransition(async () => {
        setView(await fetchComments(articleSlug, sort, 1));
        setExtra(null);
      }),
    [articleSlug, view?.sort],
  );
  useEffect(() => {
    if (initial === undefined) reload('newest');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once on mount
  }, []);

  const base = `/articles/${articleSlug}/comments`;
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(`/articles/${articleSlug}#comments`)}`;
  const threads = [...(view?.threads ?? []), ...(extra?.threads ?? [])];
  const nextPage = extra ? extra.nextPage : view?.hasMore ? view.page + 1 : null;

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
          {view.viewer?.warning && <WarningNotice message={view.viewer.warning} />}
          <div className="mt-4">
            {view.closedReason ? (
              <p className="font-semibold">{view.closedReason}</p>
            ) : !view.viewer ? (
              <p>
                <a href={signInHref} className="font-semibold underline">
                  Sign up (it’s quick and free) or sign in to comment
                </a>
              </p>
            ) : !view.viewer.displayName ? (
              <p>
                <a href={`/account`} className="font-semibold underline">
                  Choose a display name
                </a>{' '}
                before your first comment.
              </p>
            ) : !view.viewer.hasAcceptedPolicy ? (
              <PolicyGate version={view.policyVersion} onAccepted={() => reload()} />
            ) : (
              <CommentForm
                articleSlug={articleSlug}
                label={`Comment as ${view.viewer.displayName}`}
                submitLabel="Post comment"
                replyMode={view.viewer.replyNotifications}
                onDone={() => reload()}
              />
            )}
          </div>
          {view.count > 0 && (
            <nav aria-label="Sort comments" className="mt-6 flex gap-3 text-sm">
              <span>Sort:</span>
              {(Object.keys(SORT_LABELS) as CommentSort[]).map((s) => (
                <a
                  key={s}
                  href={`${base}?sort=${s}#comments`}
                  aria-current={view.sort === s ? 'true' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    reload(s);
                  }}
                  className={view.sort === s ? 'font-bold underline' : 'hover:underline'}
                >
                  {SORT_LABELS[s]}
                </a>
              ))}
            </nav>
          )}
          <ol className="mt-4 space-y-6">
            {threads.map((t) => (
              <li key={t.id}>
                <CommentItem
                  comment={t}
                  articleSlug={articleSlug}
                  now={view.now}
                  canInteract={Boolean(view.viewer?.displayName && view.viewer.hasAcceptedPolicy && !view.closedReason)}
                  onChanged={() => reload()}
                  replyMode={view.viewer?.replyNotifications}
                />
                {t.replies.length > 0 && (
                  <ol
                    aria-label={`Replies to ${t.authorName}`}
                    className="mt-3 ml-4 space-y-3 border-l-2 border-neutral-200 pl-4 dark:border-neutral-800"
                  >
                    {t.replies.map((r) => (
                      <li key={r.id}>
                        <CommentItem
                          comment={r}
                          articleSlug={articleSlug}
                          now={view.now}
                          canInteract={Boolean(
                            view.viewer?.displayName && view.viewer.hasAcceptedPolicy && !view.closedReason,
                          )}
                          onChanged={() => reload()}
                          replyMode={view.viewer?.replyNotifications}
                        />
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
          {nextPage && (
            <MoreComments
              articleSlug={articleSlug}
              sort={view.sort}
              page={nextPage}
              href={`${base}?sort=${view.sort}&page=${nextPage}#comments`}
              onLoaded={(more) =>
                setExtra({
                  threads: [...(extra?.threads ?? []), ...more.threads],
                  nextPage: more.hasMore ? more.page + 1 : null,
                })
              }
            />
          )}
        </>
      )}
    </section>
  );
}

type MoreProps = {
  articleSlug: string;
  sort: string;
  page: number;
  href: string;
  onLoaded: (more: CommentsView) => void;
};

function MoreComments({ articleSlug, sort, page, href, onLoaded }: MoreProps) {
  const [isPending, startTransition] = useTransition();
  return (
    <p className="mt-6">
      <a
        href={href}
        onClick={(e) => {
          e.preventDefault();
          startTransition(async () => {
            const more = await fetchComments(articleSlug, sort, page);
            if (more) onLoaded(more);
          });
        }}
        className="font-semibold underline"
      >
        {isPending ? 'Loading…' : 'Show more comments'}
      </a>
    </p>
  );
}
