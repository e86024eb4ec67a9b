'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction, textField } from '@/lib/actions/form-action';
import { formDone } from '@/lib/actions/form-state';
import { requireUser } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { REPLY_MODES } from '@/lib/notifications/notification-kinds';
import { setNotificationPreferences } from '@/lib/notifications/set-notification-preferences';

export const updateCommentNotifications = formAction({
  schema: z.object({
    replies: z.enum(REPLY_MODES, { message: 'Choose when to be emailed about replies.' }),
    approvals: z.boolean(),
    reportAlerts: z.boolean(),
  }),
  // Unticked checkboxes send nothing: absence means off.
  read: (form) => ({
    replies: textField(form, 'replies'),
    approvals: form.get('approvals') === 'on',
    reportAlerts: form.get('reportAlerts') === 'on',
  }),
  async run({ replies, approvals, reportAlerts }) {
    const user = await requireUser('/account');
    const isStaff = hasRole(user.role, 'moderator');
    await setNotificationPreferences(user.id, { replies, approvals, ...(isStaff ? { reportAlerts } : {}) });
    revalidatePath('/account');
    return formDone('Email choices updated.');
  },
});
