'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction, textField } from '@/lib/actions/form-action';
import { formDone, formError } from '@/lib/actions/form-state';
import { requireRole } from '@/lib/auth/current-user';
import { addSuppression } from '@/lib/bounces/add-suppression';

export const addSuppressionAction = formAction({
  schema: z.object({
    email: z.string().trim().min(1, 'Enter the address to suppress.').max(254, 'That address is too long.'),
    note: z.string().max(300, 'Keep the note under 300 characters.'),
  }),
  read: (form) => ({ email: textField(form, 'email'), note: textField(form, 'note') }),
  echo: (form) => ({ email: textField(form, 'email'), note: textField(form, 'note') }),
  async run(input, form) {
    const admin = await requireRole('admin', '/admin/suppressions');
    const result = await addSuppression({ ...input, actorId: admin.id });
    if (!result.ok) return formError(result.reason, { email: textField(form, 'email'), note: textField(form, 'note') });
    revalidatePath('/admin/suppressions');
    return formDone(`${result.email} is suppressed: the site sends it nothing but sign-in links.`);
  },
});
