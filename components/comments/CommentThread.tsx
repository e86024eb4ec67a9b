'use client';

import { useId, useState, useTransition } from 'react';
import type { CommentView } from '@/lib/comments/list-comments';
import type { ReplyMode } from '@/lib/notifications/notification-kinds';
import { nestReplies } from '@/lib/comments/nest-replies';
import { CommentItem } from './CommentItem';
import { commentsHref, fetchComments } from './fetch-comments';
import { useIsHydrated } from './use-is-hydrated';

type Props = {
  thread: CommentView;
  articleSlug: string;
  now: string;
  canInteract: boolean;
  highlightId: string | null;
  onChanged: () => void;
  replyMode?: ReplyMode;
};

const REPLIES = 'mt-3 ml-4 space-y-3 border-l-2 border-neutral-200 pl-4 dark:border-neutral-800';

/** One thread: its first comment, replies two levels deep, collapsible, "show N more replies". */
export function CommentThread({ thread, articleSlug, now, canInteract, highlightId, onChanged, replyMode }: Props) {
  const [isExpanded, setIsExpanded] = useState(true);
  const [later, setLater] = useState<{ replies: CommentView[]; more: number; cursor: string | null } | null>(null);
  const [isLoading, startTransition] = useTransition();
  const isHydrated = useIsHydrated();
  const repliesId = useId();
  const replies = later ? later.replies : thread.replies;
  const more = later ? later.more : thread.moreReplies;
  const cursor = later ? later.cursor : thread.repliesCursor;
  const total = replies.reduce((n, r) => n + 1 + r.replies.length, 0) + more;
  const item = (c: CommentView) => (
    <CommentItem
      comment={c}
      articleSlug={articleSlug}
      now={now}
      canInteract={canInteract}
      isHighlighted={c.id === highlightId}
      onChanged={onChanged}
      replyMode={replyMode}
    />
  );

  const loadMore = () =>
    startTransition(async () => {
      const page = await fetchComments(articleSlug, { thread: thread.id, after: cursor ?? undefined });
      const t = page?.threads[0];
      if (!t) return;
      // Replies already shown (copied: state is never changed in place) can take the new ones under them.
      const shown = replies.map((r) => ({ ...r, replies: [...r.replies] }));
      const flat = t.replies.flatMap((r) => [{ ...r, replies: [] }, ...r.replies]);
      const added = nestReplies(thread.id, flat, shown);
      setLater({
        replies: [...shown, ...added],
        more: t.moreReplies,
        cursor: t.repliesCursor,
      });
    });

  return (
    <>
      {item(thread)}
      {total > 0 && isHydrated && (
        <button
          type="button"
          aria-expanded={isExpanded}
          aria-controls={repliesId}
          onClick={() => setIsExpanded(!isExpanded)}
          className="mt-1 ml-3 text-sm font-semibold hover:underline"
        >
          {isExpanded ? 'Hide' : 'Show'} {total} {total === 1 ? 'reply' : 'replies'}
          <span className="sr-only"> to {thread.authorName}</span>
        </button>
      )}
      {replies.length > 0 && (
        <ol id={repliesId} hidden={!isExpanded} aria-label={`Replies to ${thread.authorName}`} className={REPLIES}>
          {replies.map((r) => (
            <li key={r.id}>
              {item(r)}
              {r.replies.length > 0 && (
                <ol aria-label={`Replies to ${r.authorName}`} className={REPLIES}>
                  {r.replies.map((rr) => (
                    <li key={rr.id}>{item(rr)}</li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      {more > 0 && cursor && isExpanded && (
        <p className="mt-2 ml-8 text-sm">
          <a
            href={commentsHref(articleSlug, { thread: thread.id, after: cursor }, `comment-${thread.id}`)}
            onClick={(e) => {
              e.preventDefault();
              loadMore();
            }}
            className="font-semibold underline"
          >
            {isLoading ? 'Loading…' : `Show ${more} more ${more === 1 ? 'reply' : 'replies'}`}
          </a>
        </p>
      )}
    </>
  );
}
