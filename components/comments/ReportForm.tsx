'use client';

import { useActionState, useId } from 'react';
import { POLICY_RULES } from '@/lib/comments/policy';
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
  const id = useId();
  useOnDone(state, onDone);
  return (
    <form action={action} className="mt-3 space-y-2 rounded border border-neutral-300 p-3 dark:border-neutral-700">
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`${id}-rule`} className="block text-sm font-semibold">
        Which rule does this comment break?
      </label>
      <select id={`${id}-rule`} name="rule" required defaultValue="" className={inputClass('w-full', 'sm')}>
        <option value="" disabled>
          Choose a rule
        </option>
        {POLICY_RULES.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-note`} className="block text-sm font-semibold">
        Anything moderators should know? (optional)
      </label>
      <textarea id={`${id}-note`} name="note" rows={2} maxLength={500} className={inputClass('w-full', 'sm')} />
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
