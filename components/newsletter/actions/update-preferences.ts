'use server';

import { z } from 'zod';
import { formAction, textField } from '@/lib/actions/form-action';
import { formDone, formError } from '@/lib/actions/form-state';
import { findByPreferencesToken, updatePreferences } from '@/lib/newsletter/subscription/manage-preferences';
import { preferencesSchema, toStoredPreferences } from '@/lib/newsletter/subscription/newsletter-choices';

const STALE_LINK = 'This preferences link no longer works. Use the link in your latest email.';

/** The preferences link is the authority here (no sign-in): its token is checked again on save. */
export const updatePreferencesAction = formAction({
  schema: z.object({
    token: z.string({ message: STALE_LINK }).min(1, STALE_LINK).max(300, STALE_LINK),
    preferences: preferencesSchema,
  }),
  read: (form) => ({
    token: textField(form, 'token'),
    preferences: { frequency: form.get('frequency'), sections: form.getAll('sections'), topics: form.getAll('topics') },
  }),
  async run({ token, preferences }) {
    const found = await findByPreferencesToken(token);
    if (!found?.ok) return formError(STALE_LINK);
    await updatePreferences(found.subscriber.id, await toStoredPreferences(preferences));
    return formDone('Preferences saved.');
  },
});
