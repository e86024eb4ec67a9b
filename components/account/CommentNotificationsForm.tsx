'use client';

import { useActionState } from 'react';
import { updateCommentNotifications } from '@/components/account/actions/update-comment-notifications';
import { formMessage, idleForm, type FormState } from '@/lib/actions/form-state';
import { buttonClass, inputClass } from '@/components/ui/styles';
import { REPLY_MODE_LABELS, REPLY_MODES, type NotificationPreferences } from '@/lib/notifications/notification-kinds';

type Props = { current: NotificationPreferences; isStaff: boolean };

/** Reply and approval emails (and, for moderators, report alerts): one small form on /account. */
export function CommentNotificationsForm({ current, isStaff }: Props) {
  const [state, action, isPending] = useActionState<FormState, FormData>(updateCommentNotifications, idleForm);
  return (
    <form action={action} className="space-y-3">
      <div>
        <label htmlFor="notify-replies" className="block font-semibold">
          Email me replies to my comments
        </label>
        <select
          id="notify-replies"
          name="replies"
          defaultValue={current.replies}
          aria-describedby="notify-replies-help"
          className={inputClass('mt-1')}
        >
          {REPLY_MODES.map((m) => (
            <option key={m} value={m}>
              {REPLY_MODE_LABELS[m]}
            </option>
          ))}
        </select>
        <p id="notify-replies-help" className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          Daily summary: one email a day (around 17:00 UTC) with that day’s replies.
        </p>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="approvals" defaultChecked={current.approvals} /> Email me when a moderator approves
        a comment of mine that was held
      </label>
      {isStaff && (
        <label className="flex items-center gap-2">
          <input type="checkbox" name="reportAlerts" defaultChecked={current.reportAlerts} /> Email me when a comment
          reaches the report-alert threshold
        </label>
      )}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={isPending} className={buttonClass()}>
          Update email choices
        </button>
        <p
          role="status"
          aria-live="polite"
          className={`text-sm font-semibold ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}
        >
          {formMessage(state)}
        </p>
      </div>
    </form>
  );
}
