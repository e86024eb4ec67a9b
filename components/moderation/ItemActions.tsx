'use client';

import { useActionState, useId, useRef, useImperativeHandle, type Ref } from 'react';
import { POLICY_RULES } from '@/lib/comments/policy';
import { moderateCommentAction } from './actions/moderation-actions';
import { idleForm } from '@/lib/actions/form-state';
import { buttonClass, inputClass } from '@/components/ui/styles';

export type ItemActionsHandle = { approve(): void; startReject(): void; toggleFeature(): void };

type Props = { commentId: string; status: string; isFeatured: boolean; ref?: Ref<ItemActionsHandle> };

const idle = idleForm;

export function ItemActions({ commentId, status, isFeatured, ref }: Props) {
  const [state, action, isPending] = useActionState(moderateCommentAction, idle);
  const id = useId();
  const approveRef = useRef<HTMLButtonElement>(null);
  const featureRef = useRef<HTMLButtonElement>(null);
  const ruleRef = useRef<HTMLSelectElement>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  useImperativeHandle(ref, () => ({
    approve: () => approveRef.current?.click(),
    startReject: () => {
      if (detailsRef.current) detailsRef.current.open = true;
      ruleRef.current?.focus();
    },
    toggleFeature: () => featureRef.current?.click(),
  }));
  const button = buttonClass({ variant: 'secondary', size: 'xs', className: 'text-sm font-semibold' });
  return (
    <div className="mt-3 space-y-2">
      <div className="flex flex-wrap items-start gap-2">
        {status !== 'approved' && (
          <form action={action}>
            <input type="hidden" name="commentId" value={commentId} />
            <button
              ref={approveRef}
              name="decision"
              value="approve"
              disabled={isPending}
              className={`${button} bg-green-700 text-white`}
            >
              Approve <kbd className="text-xs opacity-70">a</kbd>
            </button>
          </form>
        )}
        {status === 'approved' && (
          <form action={action}>
            <input type="hidden" name="commentId" value={commentId} />
            <button
              ref={featureRef}
              name="decision"
              value={isFeatured ? 'unfeature' : 'feature'}
              disabled={isPending}
              className={button}
            >
              {isFeatured ? 'Un-feature' : 'Feature'} <kbd className="text-xs opacity-70">f</kbd>
            </button>
          </form>
        )}
        {status !== 'rejected' && (
          <details ref={detailsRef} className="rounded border border-neutral-300 px-3 py-1 dark:border-neutral-700">
            <summary className="cursor-pointer text-sm font-semibold">
              Reject… <kbd className="text-xs opacity-70">r</kbd>
            </summary>
            <form action={action} className="mt-2 space-y-2 pb-2">
              <input type="hidden" name="commentId" value={commentId} />
              <input type="hidden" name="decision" value="reject" />
              <label htmlFor={`${id}-rule`} className="block text-sm font-semibold">
                Rule broken
              </label>
              <select
                ref={ruleRef}
                id={`${id}-rule`}
                name="rule"
                required
                defaultValue=""
                className={inputClass('', 'sm')}
              >
                <option value="" disabled>
                  Choose a rule
                </option>
                {POLICY_RULES.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title} ({r.id})
                  </option>
                ))}
              </select>
              <label htmlFor={`${id}-note`} className="block text-sm font-semibold">
                Note to the author (optional)
              </label>
              <textarea
                id={`${id}-note`}
                name="note"
                rows={2}
                maxLength={1000}
                className={inputClass('w-full', 'sm')}
              />
              <button type="submit" disabled={isPending} className={`${button} bg-red-700 text-white`}>
                Reject comment
              </button>
            </form>
          </details>
        )}
      </div>
      <p
        role="status"
        aria-live="polite"
        className={`text-sm font-semibold ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}
      >
        {state.status === 'idle' ? '' : state.message}
      </p>
    </div>
  );
}
