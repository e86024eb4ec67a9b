'use server';

import { redirect } from 'next/navigation';
import { deleteUser } from '@/lib/accounts/delete-user';
import { signOut } from '@/lib/auth/auth';
import { requireUser } from '@/lib/auth/current-user';
import { textField } from '@/lib/actions/form-action';
import { formError, type FormState } from '@/lib/actions/form-state';

export async function deleteAccount(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser('/account/delete');
  if (textField(form, 'confirmEmail').trim().toLowerCase() !== user.email) {
    return formError('Type your email address exactly as shown to confirm.');
  }
  await signOut({ redirect: false });
  const removed = await deleteUser(user.id);
  // Only counts travel in the address: the confirmation page says what was removed.
  const summary = removed
    ? new URLSearchParams({ comments: String(removed.comments), newsletter: removed.newsletter ? '1' : '0' })
    : '';
  redirect(`/account/deleted${summary ? `?${summary}` : ''}`);
}
