'use client';

import { useActionState } from 'react';
import { addSuppressionAction } from '@/components/suppressions/actions/add-suppression';
import { FormMessage } from '@/components/suppressions/FormMessage';
import { idleForm, type FormState } from '@/lib/actions/form-state';
import { buttonClass, inputClass } from '@/components/ui/styles';

export function AddSuppressionForm() {
  const [state, action, isPending] = useActionState<FormState, FormData>(addSuppressionAction, idleForm);
  const fields = state.status === 'error' ? state.fields : undefined;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <label className="block">
        <span className="font-semibold">Address</span>
        <input
          name="email"
          type="email"
          required
          defaultValue={fields?.email}
          key={state.status === 'idle' ? 'idle' : state.at}
          className={inputClass('mt-1 w-full')}
        />
      </label>
      <label className="block">
        <span className="font-semibold">Note (optional)</span>
        <input name="note" maxLength={300} defaultValue={fields?.note} className={inputClass('mt-1 w-full')} />
      </label>
      <button type="submit" disabled={isPending} className={buttonClass()}>
        {isPending ? 'Adding…' : 'Suppress address'}
      </button>
      <FormMessage state={state} className="sm:col-span-3" />
    </form>
  );
}
