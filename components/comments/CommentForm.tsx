'use client';

import { useActionState, useId, useRef, useState } from 'react';
import { MAX_COMMENT_LENGTH } from '@/lib/comments/comment-limits';
import { useOnDone } from './use-on-done';
import { idleForm, type FormState } from '@/lib/actions/form-state';
import { submitComment } from './actions/submit-comment';
import { buttonClass, inputClass } from '@/components/ui/styles';
import { REPLY_MODE_LABELS, REPLY_MODES, type ReplyMode } from '@/lib/notifications/notification-kinds';
import { CharacterCounter } from './CharacterCounter';
import { CommentPreview } from './CommentPreview';

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
  const draft = state.status === 'error' ? (state.fields?.body ?? initialBody) : initialBody;
  // The text so far, for the counter and the preview; follows the textarea when an error remounts it.
  const [text, setText] = useState(draft);
  const [shownState, setShownState] = useState(state);
  const [isPreviewing, setIsPreviewing] = useState(false);
  if (shownState !== state) {
    setShownState(state);
    setText(draft);
  }
  useOnDone(state, () => {
    if (textarea.current && !commentId) {
      textarea.current.value = '';
      setText('');
      setIsPreviewing(false);
    }
    onDone?.();
  });
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
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-count ${id}-status`}
        aria-invalid={state.status === 'error' ? true : undefined}
        className={inputClass('w-full')}
      />
      <CharacterCounter id={`${id}-count`} text={text} max={MAX_COMMENT_LENGTH} />
      {isPreviewing && <CommentPreview id={`${id}-preview`} text={text} />}
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
        <button
          type="button"
          aria-expanded={isPreviewing}
          aria-controls={`${id}-preview`}
          onClick={() => setIsPreviewing((v) => !v)}
          className={buttonClass({ variant: 'secondary', className: 'text-sm' })}
        >
          {isPreviewing ? 'Hide preview' : 'Preview'}
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
