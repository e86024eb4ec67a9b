// The one shape every form's server action answers with, so every form shows its outcome the
// same way: nothing yet, done (with a sentence), or an error (with a sentence). `fields` carries
// what the form should show again (the address typed, a draft); `at` makes a repeated answer a
// new state, so effects that run on "done" run once per submission.
export type FormFields = Record<string, string>;

export type FormState =
  | { status: 'idle' }
  | { status: 'done'; message: string; at: number; fields?: FormFields }
  | { status: 'error'; message: string; at: number; fields?: FormFields };

export const idleForm: FormState = { status: 'idle' };

export function formDone(message: string, fields?: FormFields): FormState {
  return { status: 'done', message, at: Date.now(), fields };
}

export function formError(message: string, fields?: FormFields): FormState {
  return { status: 'error', message, at: Date.now(), fields };
}

/** The sentence to show under a form, or '' before it was sent. */
export function formMessage(state: FormState): string {
  return state.status === 'idle' ? '' : state.message;
}
