'use server';

import { revalidatePath } from 'next/cache';
import { setDisplayName } from '@/lib/accounts/set-display-name';
import { requireUser } from '@/lib/auth/current-user';

export type DisplayNameState = { status: 'idle' } | { status: 'saved'; displayName: string } | { status: 'error'; message: string; value: string };

export async function updateDisplayName(_prev: DisplayNameState, form: FormData): Promise<DisplayNameState> {
  const user = await requireUser('/account');
  const value = String(form.get('displayName') ?? '');
  const result = await setDisplayName(user.id, value);
  if (!result.ok) return { status: 'error', message: result.message, value };
  revalidatePath('/account');
  return { status: 'saved', displayName: result.displayName };
}
