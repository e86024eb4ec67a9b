// The site's form controls, as class names: one place to change how every button and text field
// looks. Class helpers rather than wrapper components, because links, submit buttons and inputs
// all need them and keep their own props (forms, refs, aria-*).
const PRIMARY =
  'rounded bg-neutral-900 font-semibold text-white disabled:opacity-60 dark:bg-neutral-100 dark:text-neutral-900';
const SECONDARY = 'rounded border border-neutral-400 disabled:opacity-60 dark:border-neutral-600';
const SIZES = { md: 'px-4 py-2', sm: 'px-3 py-1.5', xs: 'px-3 py-1' } as const;
const FIELD_SIZES = { md: 'px-3 py-2', sm: 'px-2 py-1' } as const;

type ButtonStyle = { variant?: 'primary' | 'secondary'; size?: keyof typeof SIZES; className?: string };

/** A button (or a link that looks like one). */
export function buttonClass({ variant = 'primary', size = 'md', className = '' }: ButtonStyle = {}): string {
  return [variant === 'primary' ? PRIMARY : SECONDARY, SIZES[size], className].filter(Boolean).join(' ');
}

/** A single- or multi-line text field, select or date input. */
export function inputClass(className = '', size: keyof typeof FIELD_SIZES = 'md'): string {
  return ['rounded border border-neutral-400 dark:border-neutral-600 dark:bg-neutral-900', FIELD_SIZES[size], className]
    .filter(Boolean)
    .join(' ');
}
