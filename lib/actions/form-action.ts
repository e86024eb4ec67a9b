// A server action for a form: read the fields, parse them with a zod schema, then run. A field
// that fails its schema answers with the schema's own sentence and the values to show again,
// and nothing runs. Session and role checks stay inside `run`, where the action's authority lives.
import type { z } from 'zod';
import { isDatabaseBusy, markDatabaseBusy } from '../platform/database-busy';
import { DATABASE_BUSY_MESSAGE } from '../security/service-unavailable';
import { formError, type FormFields, type FormState } from './form-state';

type Definition<Schema extends z.ZodType> = {
  schema: Schema;
  /** The raw input, from the form's fields. */
  read: (form: FormData) => unknown;
  /** What the form shows again after an error (never secrets). */
  echo?: (form: FormData) => FormFields;
  run: (input: z.output<Schema>, form: FormData) => Promise<FormState>;
};

export function formAction<Schema extends z.ZodType>(definition: Definition<Schema>) {
  return async (_previous: FormState, form: FormData): Promise<FormState> => {
    const parsed = definition.schema.safeParse(definition.read(form));
    if (!parsed.success)
      return formError(parsed.error.issues[0]?.message ?? 'Check the form and try again.', definition.echo?.(form));
    return answerBusyDatabase(() => definition.run(parsed.data, form), definition.echo?.(form));
  };
}

/**
 * Runs a form's work; if the database is locked by another process (docs/0010), the form says so
 * in a sentence and keeps what was typed, instead of an error page. Anything else is rethrown
 * (including Next's redirect() and notFound(), which are thrown on purpose).
 */
export async function answerBusyDatabase(run: () => Promise<FormState>, echo?: FormFields): Promise<FormState> {
  try {
    return await run();
  } catch (err) {
    if (!isDatabaseBusy(err)) throw err;
    markDatabaseBusy();
    return formError(DATABASE_BUSY_MESSAGE, echo);
  }
}

/** The same for a form action written out by hand: `(previous, form) => state`. */
export function busyAware(action: (previous: FormState, form: FormData) => Promise<FormState>) {
  return async (previous: FormState, form: FormData) => answerBusyDatabase(() => action(previous, form));
}

/** A form field as text: '' when missing, and never a File. */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
