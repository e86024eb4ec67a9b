'use server';

import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/form-action';
import { formDone } from '@/lib/actions/form-state';
import { requireRole } from '@/lib/auth/current-user';
import { saveSoftBounceSettings, softBounceSettingsSchema } from '@/lib/bounces/soft-bounce-settings';

export const saveSoftBounceSettingsAction = formAction({
  schema: softBounceSettingsSchema,
  read: (form) => Object.fromEntries(form),
  async run(settings) {
    await requireRole('admin', '/admin/suppressions');
    await saveSoftBounceSettings(settings);
    revalidatePath('/admin/suppressions');
    return formDone('Soft-bounce threshold saved.');
  },
});
