'use server';

import { revalidatePath } from 'next/cache';
import { formAction } from '@/lib/actions/form-action';
import { formDone } from '@/lib/actions/form-state';
import { requireRole } from '@/lib/auth/current-user';
import { newsletterSettingsSchema, saveNewsletterSettings } from '@/lib/newsletter/newsletter-settings';

export const saveNewsletterSettingsAction = formAction({
  schema: newsletterSettingsSchema,
  read: (form) => ({ ...Object.fromEntries(form), isSchedulerEnabled: form.get('isSchedulerEnabled') === 'on' }),
  async run(settings) {
    await requireRole('admin', '/admin/newsletter');
    await saveNewsletterSettings(settings);
    revalidatePath('/admin/newsletter');
    return formDone('Settings saved.');
  },
});
