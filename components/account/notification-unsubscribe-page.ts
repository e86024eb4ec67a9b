// The pages behind the List-Unsubscribe link of comment emails, as plain HTML like the
// newsletter's (a route handler cannot render the site layout; they work without JavaScript).
import { escapeHtml, plainPage } from '@/components/ui/plain-page';
import type { NotificationKind } from '@/lib/notifications/notification-kinds';

type State =
  | { kind: 'confirm'; what: NotificationKind; action: string }
  | { kind: 'done'; what: NotificationKind }
  | { kind: 'invalid' };

const NAMES: Record<NotificationKind, string> = {
  reply: 'emails about replies to your comments',
  approved: 'emails when a moderator approves your comment',
  reports: 'report alerts for moderators',
};

export function notificationUnsubscribePage(state: State): string {
  const content =
    state.kind === 'confirm'
      ? `<h1>Stop ${NAMES[state.what]}?</h1>
<p>You can turn them on again on your account page.</p>
<form method="post" action="${escapeHtml(state.action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Stop these emails</button>
</form>`
      : state.kind === 'done'
        ? `<div role="status"><h1>Done</h1>
<p>You will get no more ${NAMES[state.what]}. Other emails are not affected.</p></div>
<p><a href="/account">Your account and email settings</a></p>`
        : `<h1>This link doesn’t work</h1>
<p>It may be incomplete. Sign in and change your email settings on your account page.</p>`;
  return plainPage('Email settings', content);
}
