'use client';

import { useActionState } from 'react';
import { acceptPolicyAction } from './actions/comment-actions';
import { useOnDone } from './use-on-done';
import { idleForm as idle } from '@/lib/actions/form-state';
import { buttonClass } from '@/components/ui/styles';

export function PolicyGate({ version, onAccepted }: { version: string; onAccepted: () => void }) {
  const [state, action, isPending] = useActionState(acceptPolicyAction, idle);
  useOnDone(state, onAccepted);
  return (
    <form action={action} className="rounded border border-neutral-300 p-4 dark:border-neutral-700">
      <input type="hidden" name="version" value={version} />
      <p>
        Before your first comment, please read our{' '}
        <a href="/comment-policy" className="underline">
          comment policy (version {version})
        </a>
        . Moderators apply it to every comment.
      </p>
      <button type="submit" disabled={isPending} className={buttonClass({ className: 'mt-3 text-sm' })}>
        I have read and accept the comment policy
      </button>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-red-700 dark:text-red-400">
        {state.status === 'error' ? state.message : ''}
      </p>
    </form>
  );
}
