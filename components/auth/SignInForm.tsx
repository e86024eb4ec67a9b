'use client';

import { useActionState } from 'react';
import { requestSignInLink, type SignInFormState } from '@/components/auth/actions/request-sign-in-link';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, isPending] = useActionState<SignInFormState, FormData>(requestSignInLink, { status: 'idle' });
  const error = state.status === 'error' ? state.message : undefined;
  return (
    <form action={action} className="mt-6 space-y-3" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label htmlFor="signin-email" className="block font-semibold">
        Email address
      </label>
      <input
        id="signin-email"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.status === 'error' ? state.email : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby="signin-email-error"
        className="w-full rounded border border-neutral-400 px-3 py-2 dark:border-neutral-600 dark:bg-neutral-900"
      />
      <p id="signin-email-error" aria-live="polite" className="min-h-6 text-sm font-semibold text-red-700 dark:text-red-400">
        {error}
      </p>
      <button type="submit" disabled={isPending} className="w-full rounded bg-neutral-900 px-4 py-2 font-semibold text-white disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900">
        {isPending ? 'Sending…' : 'Email me a sign-in link'}
      </button>
    </form>
  );
}
