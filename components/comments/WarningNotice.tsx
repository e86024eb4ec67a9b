'use client';

import { useActionState } from 'react';
import { acknowledgeWarningAction } from './actions/comment-actions';
import { useOnDone } from './use-on-done';
import { idleForm as idle } from '@/lib/actions/form-state';
import { buttonClass } from '@/components/ui/styles';

/** A moderator's warning, shown until the reader acknowledges it. */
export function WarningNotice({ message, onAcknowledged }: { message: string; onAcknowledged?: () => void }) {
  const [state, action, isPending] = useActionState(acknowledgeWarningAction, idle);
  useOnDone(state, onAcknowledged);
  if (state.status === 'done') return null;
  return (
    <div role="alert" className="my-4 rounded border-l-4 border-amber-600 bg-amber-50 p-4 dark:bg-amber-950">
      <p className="font-bold">A message from our moderators</p>
      <p className="mt-1">{message}</p>
      <p className="mt-1 text-sm">
        Please keep to our{' '}
        <a href="/comment-policy" className="underline">
          comment policy
        </a>
        .
      </p>
      <form action={action} className="mt-2">
        <button type="submit" disabled={isPending} className={buttonClass({ size: 'xs', className: 'text-sm' })}>
          I understand
        </button>
      </form>
    </div>
  );
}
