'use server';

import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth/current-user';
import { newsletterSettingsSchema, saveNewsletterSettings } from '@/lib/newsletter/newsletter-settings';

export type SettingsFormState = { status: 'idle' } | { status: 'saved' } | { status: 'error'; message: string };

export async function saveNewsletterSettingsAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  await requireRole('admin', '/admin/newsletter');
  const parsed = newsletterSettingsSchema.safeParse({ ...Object.fromEntries(form), isSchedulerEnabled: form.get('isSchedulerEnabled') === 'on' });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]!.message };
  await saveNewsletterSettings(parsed.data);
  revalidatePath('/admin/newsletter');
  return { status: 'saved' };
}
