'use client';

import type { CommentsView } from '@/lib/comments/list-comments';
import { CommentForm } from './CommentForm';
import { PolicyGate } from './PolicyGate';
import { WarningNotice } from './WarningNotice';

type Props = { articleSlug: string; view: CommentsView; onChanged: () => void };

/** What stands between a reader and a new comment: closed, sign in, a name, the policy, or the form. */
export function CommentComposer({ articleSlug, view, onChanged }: Props) {
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(`/articles/${articleSlug}#comments`)}`;
  return (
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
          <PolicyGate version={view.policyVersion} onAccepted={onChanged} />
        ) : (
          <CommentForm
            articleSlug={articleSlug}
            label={`Comment as ${view.viewer.displayName}`}
            submitLabel="Post comment"
            replyMode={view.viewer.replyNotifications}
            onDone={onChanged}
          />
        )}
      </div>
    </>
  );
}
