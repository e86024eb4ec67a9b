import { formMessage, type FormState } from '@/lib/actions/form-state';

/** The sentence a form's action answered with, announced politely. */
export function FormMessage({ state, className = '' }: { state: FormState; className?: string }) {
  const tone = state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400';
  return (
    <p aria-live="polite" className={`min-h-6 text-sm font-semibold ${tone} ${className}`}>
      {formMessage(state)}
    </p>
  );
}
