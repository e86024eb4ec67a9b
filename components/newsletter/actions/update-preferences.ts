'use server';

import { z } from 'zod';
import { findByPreferencesToken, updatePreferences } from '@/lib/newsletter/subscription/manage-preferences';
import { preferencesSchema, toStoredPreferences } from '@/lib/newsletter/subscription/newsletter-choices';

export type PreferencesFormState = { status: 'idle' } | { status: 'saved' } | { status: 'error'; message: string };

const tokenSchema = z.string().min(1).max(300);

/** The preferences link is the authority here (no sign-in): its token is checked again on save. */
export async function updatePreferencesAction(_prev: PreferencesFormState, form: FormData): Promise<PreferencesFormState> {
  const token = tokenSchema.safeParse(form.get('token'));
  const found = token.success ? await findByPreferencesToken(token.data) : undefined;
  if (!found?.ok) return { status: 'error', message: 'This preferences link no longer works. Use the link in your latest email.' };
  const prefs = preferencesSchema.safeParse({ frequency: form.get('frequency'), sections: form.getAll('sections'), topics: form.getAll('topics') });
  if (!prefs.success) return { status: 'error', message: prefs.error.issues[0]!.message };
  await updatePreferences(found.subscriber.id, await toStoredPreferences(prefs.data));
  return { status: 'saved' };
}
