'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction, textField } from '@/lib/actions/form-action';
import { formDone, formError } from '@/lib/actions/form-state';
import { requireRole } from '@/lib/auth/current-user';
import { removeSuppression } from '@/lib/bounces/remove-suppression';

export const removeSuppressionAction = formAction({
  schema: z.object({ id: z.string().min(1).max(40) }),
  read: (form) => ({ id: textField(form, 'id') }),
  async run({ id }) {
    const admin = await requireRole('admin', '/admin/suppressions');
    const removed = await removeSuppression({ id, actorId: admin.id });
    if (removed === undefined) return formError('That suppression was already removed.');
    revalidatePath('/admin/suppressions');
    return formDone(`Removed ${removed ?? 'the erased address'} from the suppression list.`);
  },
});
