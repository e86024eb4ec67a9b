'use client';

import { useActionState, useId, useRef } from 'react';
import { MAX_COMMENT_LENGTH } from '@/lib/comments/comment-limits';
import { useOnDone } from './use-on-done';
import { idleForm, type FormState } from '@/lib/actions/form-state';
import { submitComment } from './actions/submit-comment';
import { buttonClass, inputClass } from '@/components/ui/styles';
import { REPLY_MODE_LABELS, REPLY_MODES, type ReplyMode } from '@/lib/notifications/notification-kinds';

type Props = {
  articleSlug: string;
  replyToId?: string;
  commentId?: string;
  initialBody?: string;
  label: string;
  submitLabel: string;
  onDone?: () => void;
  onCancel?: () => void;
  /** The reader's reply-email choice: shows the "Email me replies" control (not when editing). */
  replyMode?: ReplyMode;
};

export function CommentForm({
  articleSlug,
  replyToId,
  commentId,
  initialBody = '',
  label,
  submitLabel,
  onDone,
  onCancel,
  replyMode,
}: Props) {
  const [state, action, isPending] = useActionState<FormState, FormData>(submitComment, idleForm);
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useOnDone(state, () => {
    if (textarea.current && !commentId) textarea.current.value = '';
    onDone?.();
  });
  const draft = state.status === 'error' ? (state.fields?.body ?? initialBody) : initialBody;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="articleSlug" value={articleSlug} />
      {replyToId && <input type="hidden" name="replyToId" value={replyToId} />}
      {commentId && <input type="hidden" name="commentId" value={commentId} />}
      <label htmlFor={`${id}-body`} className="block font-semibold">
        {label}
      </label>
      <textarea
        ref={textarea}
        key={state.status === 'error' ? state.at : 'draft'}
        id={`${id}-body`}
        name="body"
        rows={4}
        required
        minLength={2}
        maxLength={MAX_COMMENT_LENGTH}
        defaultValue={draft}
        aria-describedby={`${id}-status`}
        aria-invalid={state.status === 'error' ? true : undefined}
        className={inputClass('w-full')}
      />
      <p
        id={`${id}-status`}
        role="status"
        aria-live="polite"
        className={`min-h-5 text-sm font-semibold ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}
      >
        {state.status === 'idle' ? '' : state.message}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" disabled={isPending} className={buttonClass({ className: 'text-sm' })}>
          {isPending ? 'Sending…' : submitLabel}
        </button>
        {onCancel && (
          <button
            type="button"
            onClick={onCancel}
            className={buttonClass({ variant: 'secondary', className: 'text-sm' })}
          >
            Cancel
          </button>
        )}
        {replyMode && !commentId && (
          <span className="ml-auto flex items-center gap-2 text-sm">
            <label htmlFor={`${id}-notify`}>Email me replies</label>
            <select
              id={`${id}-notify`}
              name="notifyReplies"
              defaultValue={replyMode}
              className={inputClass('py-1 text-sm')}
            >
              {REPLY_MODES.map((m) => (
                <option key={m} value={m}>
                  {REPLY_MODE_LABELS[m]}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
    </form>
  );
}
