'use client';

import { useActionState } from 'react';
import { HumanCheckFields, useHumanCheck } from '@/components/bot-proof/HumanCheck';
import { requestSignInLink } from '@/components/auth/actions/request-sign-in-link';
import { idleForm, type FormState } from '@/lib/actions/form-state';
import { buttonClass, inputClass } from '@/components/ui/styles';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(requestSignInLink, idleForm);
  const humanCheck = useHumanCheck();
  const error = state.status === 'error' ? state.message : undefined;
  return (
    <form action={action} onSubmit={humanCheck.onSubmit} className="mt-6 space-y-3" noValidate>
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
        defaultValue={state.status === 'error' ? state.fields?.email : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby="signin-email-error"
        className={inputClass('w-full')}
      />
      <HumanCheckFields
        answer={humanCheck.answer}
        idPrefix="signin"
        ticket={state.status === 'error' ? state.fields?.ticket : undefined}
      />
      <p
        id="signin-email-error"
        aria-live="polite"
        className="min-h-6 text-sm font-semibold text-red-700 dark:text-red-400"
      >
        {error}
      </p>
      <button type="submit" disabled={isPending} className={buttonClass({ className: 'w-full' })}>
        {isPending ? 'Sending…' : 'Email me a sign-in link'}
      </button>
    </form>
  );
}
