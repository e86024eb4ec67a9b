'use client';

import { useActionState } from 'react';
import { removeSuppressionAction } from '@/components/suppressions/actions/remove-suppression';
import { FormMessage } from '@/components/suppressions/FormMessage';
import { idleForm, type FormState } from '@/lib/actions/form-state';
import { buttonClass } from '@/components/ui/styles';

export function RemoveSuppressionButton({ id, label }: { id: string; label: string }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(removeSuppressionAction, idleForm);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={isPending}
        aria-label={`Remove ${label} from the suppression list`}
        className={buttonClass({ variant: 'secondary', size: 'xs' })}
      >
        Remove
      </button>
      {state.status === 'error' && <FormMessage state={state} />}
    </form>
  );
}
