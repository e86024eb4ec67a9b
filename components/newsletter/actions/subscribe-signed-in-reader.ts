'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { preferencesSchema, toStoredPreferences } from '@/lib/newsletter/subscription/newsletter-choices';
import { subscribeUser } from '@/lib/newsletter/subscription/subscribe-user';

/** One click on /account: the reader's own, verified address, no confirmation email. */
export async function subscribeSignedInReader(form: FormData): Promise<void> {
  const user = await requireUser('/account');
  const prefs = preferencesSchema.safeParse({ frequency: form.get('frequency') ?? 'daily', sections: [], topics: [] });
  if (!prefs.success) return;
  const result = await subscribeUser(user.id, await toStoredPreferences(prefs.data));
  if (result === 'unverified')
    console.warn(`One-click newsletter subscription refused for user ${user.id}: email not verified`);
  revalidatePath('/account');
}
