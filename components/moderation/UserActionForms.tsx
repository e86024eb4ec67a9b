'use client';

import { useActionState } from 'react';
import { actOnUserAction } from './actions/moderation-actions';
import { idleForm } from '@/lib/actions/form-state';
import { buttonClass, inputClass } from '@/components/ui/styles';

const idle = idleForm;
const field = inputClass('', 'sm');

export function UserActionForms({
  userId,
  isBanned,
  isSuspended,
}: {
  userId: string;
  isBanned: boolean;
  isSuspended: boolean;
}) {
  const [state, action, isPending] = useActionState(actOnUserAction, idle);
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-2 rounded border border-neutral-300 p-3 dark:border-neutral-700">
        <input type="hidden" name="userId" value={userId} />
        <label htmlFor="reason" className="block font-semibold">
          Reason (the reader sees it)
        </label>
        <textarea id="reason" name="reason" rows={2} maxLength={1000} className={`w-full ${field}`} />
        <label htmlFor="days" className="block font-semibold">
          Days (for a suspension)
        </label>
        <input id="days" name="days" type="number" min={1} max={365} defaultValue={7} className={field} />
        <div className="flex flex-wrap gap-2">
          <button
            name="action"
            value="warn"
            disabled={isPending}
            className={buttonClass({ variant: 'secondary', size: 'xs', className: 'font-semibold' })}
          >
            Warn
          </button>
          <button
            name="action"
            value="suspend"
            disabled={isPending}
            className="rounded bg-amber-700 px-3 py-1 font-semibold text-white"
          >
            Suspend
          </button>
          <button
            name="action"
            value="ban"
            disabled={isPending}
            className="rounded bg-red-700 px-3 py-1 font-semibold text-white"
          >
            Ban
          </button>
          {(isBanned || isSuspended) && (
            <button
              name="action"
              value="unban"
              disabled={isPending}
              className={buttonClass({ variant: 'secondary', size: 'xs', className: 'font-semibold' })}
            >
              Lift ban or suspension
            </button>
          )}
        </div>
      </form>
      <p
        role="status"
        aria-live="polite"
        className={`font-semibold ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}
      >
        {state.status === 'idle' ? '' : state.message}
      </p>
    </div>
  );
}
