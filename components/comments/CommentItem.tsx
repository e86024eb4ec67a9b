'use client';

import { useState } from 'react';
import { commentPermalink } from '@/lib/comments/comment-permalink';
import type { CommentView } from '@/lib/comments/list-comments';
import type { ReplyMode } from '@/lib/notifications/notification-kinds';
import { ActionButton } from './ActionButton';
import { deleteCommentAction, recommendCommentAction } from './actions/comment-actions';
import { CommentForm } from './CommentForm';
import { CommentText } from './CommentText';
import { exactTime, relativeTime } from './relative-time';
import { ReportForm } from './ReportForm';

type Props = {
  comment: CommentView;
  articleSlug: string;
  now: string;
  canInteract: boolean;
  isHighlighted?: boolean;
  onChanged: () => void;
  replyMode?: ReplyMode;
};
type Mode = 'view' | 'reply' | 'edit' | 'report';

export function CommentItem({ comment: c, articleSlug, now, canInteract, isHighlighted, onChanged, replyMode }: Props) {
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState('');
  const done = (message = '') => {
    setMode('view');
    setNotice(message);
    onChanged();
  };
  if (c.isDeleted) {
    return (
      <p id={`comment-${c.id}`} className="text-neutral-500 italic dark:text-neutral-400">
        Comment removed by its author.
      </p>
    );
  }
  const isLive = !c.isPending;
  return (
    <article
      id={`comment-${c.id}`}
      aria-label={`Comment by ${c.authorName}`}
      // target: highlights a linked comment without JavaScript too (the island adds the same by class).
      className={`scroll-mt-4 rounded p-3 target:bg-amber-50 target:ring-2 target:ring-amber-500 dark:target:bg-amber-950 ${isHighlighted ? 'bg-amber-50 ring-2 ring-amber-500 dark:bg-amber-950' : c.isFeatured ? 'border-l-4 border-[var(--color-brand)] bg-neutral-50 dark:bg-neutral-900' : ''}`}
    >
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-bold">{c.authorName}</span>
        {c.replyToId && (
          <a href={`#comment-${c.replyToId}`} className="text-neutral-600 underline dark:text-neutral-400">
            in reply to {c.replyToName ?? 'an earlier comment'}
          </a>
        )}
        <time dateTime={c.createdAt} title={exactTime(c.createdAt)} className="text-neutral-600 dark:text-neutral-400">
          {relativeTime(c.createdAt, now)}
        </time>
        {c.editedAt && <span className="text-neutral-600 dark:text-neutral-400">· edited</span>}
        {c.isFeatured && (
          <span className="rounded bg-[var(--color-brand)] px-1.5 text-xs font-bold text-white uppercase">
            Featured by moderators
          </span>
        )}
        {c.isPending && (
          <span className="rounded bg-amber-200 px-1.5 text-xs font-bold text-amber-950">Awaiting moderation</span>
        )}
      </header>
      {mode === 'edit' ? (
        <div className="mt-2">
          <CommentForm
            articleSlug={articleSlug}
            commentId={c.id}
            initialBody={c.body}
            label="Edit your comment"
            submitLabel="Save edit"
            onDone={() => done('Your edit is saved.')}
            onCancel={() => setMode('view')}
          />
        </div>
      ) : (
        <div className="mt-1">
          <CommentText body={c.body} />
        </div>
      )}
      {isHighlighted && <p className="sr-only">This is the comment you followed a link to.</p>}
      <div className="mt-2 flex flex-wrap items-center gap-4 text-neutral-700 dark:text-neutral-300">
        {isLive && (
          <span className="text-sm">
            <span aria-hidden="true">▲ {c.recommendCount}</span>
            {/* aria-label is not allowed on a plain span (axe: aria-prohibited-attr); say it in text. */}
            <span className="sr-only">{`${c.recommendCount} recommendation${c.recommendCount === 1 ? '' : 's'}`}</span>
          </span>
        )}
        {canInteract && isLive && !c.isOwn && (
          <ActionButton
            action={recommendCommentAction}
            fields={{ commentId: c.id, isOn: String(!c.hasRecommended) }}
            pressed={c.hasRecommended}
            onDone={() => onChanged()}
          >
            {c.hasRecommended ? 'Recommended' : 'Recommend'}
          </ActionButton>
        )}
        {isLive && (
          <a href={commentPermalink(articleSlug, c.id)} className="text-sm font-semibold hover:underline">
            Link<span className="sr-only"> to this comment by {c.authorName}</span>
          </a>
        )}
        {canInteract && isLive && mode === 'view' && (
          <button type="button" onClick={() => setMode('reply')} className="text-sm font-semibold hover:underline">
            Reply
          </button>
        )}
        {canInteract &&
          isLive &&
          !c.isOwn &&
          mode === 'view' &&
          (c.hasReported ? (
            <span className="text-sm">Reported</span>
          ) : (
            <button type="button" onClick={() => setMode('report')} className="text-sm font-semibold hover:underline">
              Report
            </button>
          ))}
        {c.isOwn && c.editableUntil && mode === 'view' && (
          <button type="button" onClick={() => setMode('edit')} className="text-sm font-semibold hover:underline">
            Edit
          </button>
        )}
        {c.isOwn && (
          <ActionButton
            action={deleteCommentAction}
            fields={{ commentId: c.id }}
            confirm="Delete this comment? This cannot be undone."
            onDone={() => done()}
          >
            Delete
          </ActionButton>
        )}
      </div>
      <p role="status" aria-live="polite" className="text-sm text-green-800 dark:text-green-400">
        {notice}
      </p>
      {mode === 'reply' && (
        <div className="mt-3">
          <CommentForm
            articleSlug={articleSlug}
            replyToId={c.id}
            replyMode={replyMode}
            label={`Reply to ${c.authorName}`}
            submitLabel="Post reply"
            onDone={() => done()}
            onCancel={() => setMode('view')}
          />
        </div>
      )}
      {mode === 'report' && (
        <ReportForm
          commentId={c.id}
          onDone={() => done('Thank you. Moderators will review this comment.')}
          onCancel={() => setMode('view')}
        />
      )}
    </article>
  );
}
