'use client';

import { useActionState } from 'react';
import { deleteAccount } from '@/components/account/actions/delete-account';
import { idleForm, type FormState } from '@/lib/actions/form-state';
import { inputClass } from '@/components/ui/styles';

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(deleteAccount, idleForm);
  return (
    <form action={action} className="mt-6 space-y-2">
      <label htmlFor="confirm-email" className="block font-semibold">
        To confirm, type your email address: <span className="font-mono">{email}</span>
      </label>
      <input
        id="confirm-email"
        name="confirmEmail"
        type="email"
        autoComplete="off"
        required
        aria-describedby="delete-status"
        className={inputClass('w-full')}
      />
      <p id="delete-status" aria-live="polite" className="min-h-6 text-sm font-semibold text-red-700 dark:text-red-400">
        {state.status === 'error' ? state.message : ''}
      </p>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-red-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        Delete my account
      </button>
    </form>
  );
}
