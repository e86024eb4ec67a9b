'use client';

import { useActionState } from 'react';
import { subscribeToNewsletter } from '@/components/newsletter/actions/subscribe-to-newsletter';
import { idleForm, type FormState } from '@/lib/actions/form-state';
import { HumanCheckFields, useHumanCheck } from '@/components/bot-proof/HumanCheck';
import { InterestFields, type Choice } from './InterestFields';
import { buttonClass, inputClass } from '@/components/ui/styles';

type Props = { idPrefix: string; sections: Choice[]; topics?: Choice[]; isCompact?: boolean };

export function SubscribeForm({ idPrefix, sections, topics, isCompact }: Props) {
  const [state, action, isPending] = useActionState<FormState, FormData>(subscribeToNewsletter, idleForm);
  const humanCheck = useHumanCheck();
  const error = state.status === 'error' ? state.message : undefined;
  return (
    <form action={action} onSubmit={humanCheck.onSubmit} className="space-y-3" noValidate>
      <label htmlFor={`${idPrefix}-email`} className="block font-semibold">
        Your email
      </label>
      <input
        id={`${idPrefix}-email`}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.status === 'error' ? state.fields?.email : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${idPrefix}-status`}
        className={inputClass('w-full')}
      />
      <HumanCheckFields
        answer={humanCheck.answer}
        idPrefix={idPrefix}
        ticket={state.status === 'error' ? state.fields?.ticket : undefined}
      />
      {isCompact ? (
        <InterestFields idPrefix={idPrefix} sections={[]} />
      ) : (
        <InterestFields idPrefix={idPrefix} sections={sections} topics={topics} />
      )}
      <p
        id={`${idPrefix}-status`}
        aria-live="polite"
        className={`min-h-6 text-sm font-semibold ${error ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}
      >
        {error ?? (state.status === 'done' ? state.message : '')}
      </p>
      <button type="submit" disabled={isPending} className={buttonClass({ className: 'w-full' })}>
        {isPending ? 'Subscribing…' : 'Subscribe'}
      </button>
    </form>
  );
}
