'use client';

import { useActionState } from 'react';
import { updateDisplayName } from '@/components/account/actions/update-display-name';
import { formMessage, idleForm, type FormState } from '@/lib/actions/form-state';
import { buttonClass, inputClass } from '@/components/ui/styles';

export function DisplayNameForm({ current }: { current: string | null }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(updateDisplayName, idleForm);
  const value = state.status === 'idle' ? (current ?? '') : (state.fields?.displayName ?? current ?? '');
  return (
    <form action={action} className="space-y-2" noValidate>
      <label htmlFor="display-name" className="block font-semibold">
        Display name
      </label>
      <p id="display-name-help" className="text-sm text-neutral-600 dark:text-neutral-400">
        Shown with your comments. 2–40 characters: letters, digits, spaces and . , &apos; - _
      </p>
      <div className="flex gap-2">
        <input
          key={value}
          id="display-name"
          name="displayName"
          defaultValue={value}
          maxLength={60}
          required
          aria-invalid={state.status === 'error' ? true : undefined}
          aria-describedby="display-name-help display-name-status"
          className={inputClass('flex-1')}
        />
        <button type="submit" disabled={isPending} className={buttonClass()}>
          Save
        </button>
      </div>
      <p
        id="display-name-status"
        aria-live="polite"
        className={`min-h-6 text-sm font-semibold ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}
      >
        {formMessage(state)}
      </p>
    </form>
  );
}
