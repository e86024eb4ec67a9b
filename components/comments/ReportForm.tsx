'use client';

import { useActionState, useId, useState } from 'react';
import { OTHER_NOTE_REQUIRED, OTHER_REPORT_REASON, POLICY_RULES } from '@/lib/comments/policy';
import { reportCommentAction } from './actions/comment-actions';
import { useOnDone } from './use-on-done';
import { idleForm as idle } from '@/lib/actions/form-state';
import { buttonClass, inputClass } from '@/components/ui/styles';

export function ReportForm({
  commentId,
  onDone,
  onCancel,
}: {
  commentId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [state, action, isPending] = useActionState(reportCommentAction, idle);
  // Controlled, so a refused report keeps what the reader chose and wrote.
  const [rule, setRule] = useState('');
  const [note, setNote] = useState('');
  const id = useId();
  useOnDone(state, onDone);
  const isOther = rule === OTHER_REPORT_REASON;
  return (
    <form action={action} className="mt-3 space-y-2 rounded border border-neutral-300 p-3 dark:border-neutral-700">
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`${id}-rule`} className="block text-sm font-semibold">
        Which rule does this comment break?
      </label>
      <select
        id={`${id}-rule`}
        name="rule"
        required
        value={rule}
        onChange={(e) => setRule(e.target.value)}
        className={inputClass('w-full', 'sm')}
      >
        <option value="" disabled>
          Choose a rule
        </option>
        {POLICY_RULES.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
        <option value={OTHER_REPORT_REASON}>Something else (say what below)</option>
      </select>
      <label htmlFor={`${id}-note`} className="block text-sm font-semibold">
        {isOther ? 'What is wrong with it? (required)' : 'Anything moderators should know? (optional)'}
      </label>
      <textarea
        id={`${id}-note`}
        name="note"
        rows={2}
        maxLength={500}
        required={isOther}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        aria-describedby={isOther ? `${id}-note-hint` : undefined}
        className={inputClass('w-full', 'sm')}
      />
      {isOther && (
        <p id={`${id}-note-hint`} className="text-sm text-neutral-600 dark:text-neutral-400">
          {OTHER_NOTE_REQUIRED}
        </p>
      )}
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-semibold text-red-700 dark:text-red-400">
        {state.status === 'error' ? state.message : ''}
      </p>
      <div className="flex gap-2">
        <button type="submit" disabled={isPending} className={buttonClass({ size: 'xs', className: 'text-sm' })}>
          Send report
        </button>
        <button
          type="button"
          onClick={onCancel}
          className={buttonClass({ variant: 'secondary', size: 'xs', className: 'text-sm' })}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
