'use client';

import { useActionState } from 'react';
import { useOnDone } from './use-on-done';
import { idleForm as idle, type FormState } from '@/lib/actions/form-state';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  children: React.ReactNode;
  pressed?: boolean;
  confirm?: string;
  onDone?: () => void;
};

/** A one-button form for a server action, so it also works before JavaScript has loaded. */
export function ActionButton({ action, fields, children, pressed, confirm, onDone }: Props) {
  const [state, formAction, isPending] = useActionState(action, idle);
  useOnDone(state, onDone);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className="inline"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={isPending}
        aria-pressed={pressed}
        className="text-sm font-semibold hover:underline disabled:opacity-60"
      >
        {children}
      </button>
      {state.status === 'error' && (
        <span role="alert" className="ml-2 text-sm text-red-700 dark:text-red-400">
          {state.message}
        </span>
      )}
    </form>
  );
}
