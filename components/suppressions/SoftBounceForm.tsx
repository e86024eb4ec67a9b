'use client';

import { useActionState } from 'react';
import { saveSoftBounceSettingsAction } from '@/components/suppressions/actions/save-soft-bounce-settings';
import { FormMessage } from '@/components/suppressions/FormMessage';
import { idleForm, type FormState } from '@/lib/actions/form-state';
import type { SoftBounceSettings } from '@/lib/bounces/soft-bounce-settings';
import { buttonClass, inputClass } from '@/components/ui/styles';

export function SoftBounceForm({ settings }: { settings: SoftBounceSettings }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(saveSoftBounceSettingsAction, idleForm);
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <label className="block">
        <span className="font-semibold">Soft bounces that suppress an address</span>
        <input
          name="softBounceLimit"
          type="number"
          min={1}
          max={50}
          required
          defaultValue={settings.softBounceLimit}
          className={inputClass('mt-1 w-full')}
        />
      </label>
      <label className="block">
        <span className="font-semibold">Within this many days</span>
        <input
          name="softBounceDays"
          type="number"
          min={1}
          max={365}
          required
          defaultValue={settings.softBounceDays}
          className={inputClass('mt-1 w-full')}
        />
      </label>
      <button type="submit" disabled={isPending} className={buttonClass({ variant: 'secondary' })}>
        {isPending ? 'Saving…' : 'Save threshold'}
      </button>
      <FormMessage state={state} className="sm:col-span-3" />
    </form>
  );
}
