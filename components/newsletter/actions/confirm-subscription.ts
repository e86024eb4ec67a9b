'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { confirmSubscription } from '@/lib/newsletter/subscription/confirm-subscription';

const schema = z.object({ token: z.string().min(1).max(300) });

/** The confirm page's button: the only thing that spends a confirmation link. */
export async function confirmSubscriptionAction(form: FormData): Promise<void> {
  const parsed = schema.safeParse({ token: form.get('token') });
  if (!parsed.success) redirect('/newsletter/confirm');
  const state = await confirmSubscription(parsed.data.token);
  if (state === 'valid' || state === 'already-confirmed') redirect('/newsletter/confirmed');
  redirect(`/newsletter/confirm?token=${encodeURIComponent(parsed.data.token)}`);
}
