'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setDisplayName } from '@/lib/accounts/set-display-name';
import { formAction, textField } from '@/lib/actions/form-action';
import { formDone, formError } from '@/lib/actions/form-state';
import { requireUser } from '@/lib/auth/current-user';

export const updateDisplayName = formAction({
  // The name's own rules (lib/accounts/display-name.ts) are applied by setDisplayName.
  schema: z.object({ displayName: z.string() }),
  read: (form) => ({ displayName: textField(form, 'displayName') }),
  async run({ displayName }) {
    const user = await requireUser('/account');
    const result = await setDisplayName(user.id, displayName);
    if (!result.ok) return formError(result.message, { displayName });
    revalidatePath('/account');
    return formDone('Saved.', { displayName: result.displayName });
  },
});
