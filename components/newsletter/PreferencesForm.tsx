'use client';

import { useActionState } from 'react';
import { updatePreferencesAction } from '@/components/newsletter/actions/update-preferences';
import { formMessage, idleForm, type FormState } from '@/lib/actions/form-state';
import { InterestFields, type Choice } from './InterestFields';
import { buttonClass } from '@/components/ui/styles';

type Props = {
  token: string;
  sections: Choice[];
  topics: Choice[];
  defaults: { frequency: string; sections: string[]; topics: string[] };
};

export function PreferencesForm({ token, sections, topics, defaults }: Props) {
  const [state, action, isPending] = useActionState<FormState, FormData>(updatePreferencesAction, idleForm);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <InterestFields idPrefix="preferences" sections={sections} topics={topics} defaults={defaults} />
      <p
        aria-live="polite"
        className={`min-h-6 text-sm font-semibold ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}
      >
        {formMessage(state)}
      </p>
      <button type="submit" disabled={isPending} className={buttonClass()}>
        {isPending ? 'Saving…' : 'Save preferences'}
      </button>
    </form>
  );
}
