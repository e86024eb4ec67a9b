// The pages behind the List-Unsubscribe link of comment emails, as plain HTML like the
// newsletter's (a route handler cannot render the site layout; they work without JavaScript).
import { SITE_NAME } from '@/lib/site';
import type { NotificationKind } from '@/lib/notifications/notification-kinds';

type State =
  | { kind: 'confirm'; what: NotificationKind; action: string }
  | { kind: 'done'; what: NotificationKind }
  | { kind: 'invalid' };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

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
<form method="post" action="${escape(state.action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Stop these emails</button>
</form>`
      : state.kind === 'done'
        ? `<div role="status"><h1>Done</h1>
<p>You will get no more ${NAMES[state.what]}. Other emails are not affected.</p></div>
<p><a href="/account">Your account and email settings</a></p>`
        : `<h1>This link doesn’t work</h1>
<p>It may be incomplete. Sign in and change your email settings on your account page.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="color-scheme" content="light dark">
<title>Email settings · ${SITE_NAME}</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:34rem;margin:3rem auto;padding:0 1rem}h1{font-size:2rem;line-height:1.2}
button{font:600 1rem system-ui,sans-serif;padding:.6rem 1.4rem;border-radius:4px;border:0;background:#171717;color:#fff;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #b4121b;outline-offset:2px}.brand{color:#b4121b;font-weight:700;text-decoration:none}
@media (prefers-color-scheme:dark){body{background:#0a0a0a;color:#ededed}button{background:#ededed;color:#0a0a0a}a{color:#f87171}}</style>
</head><body><header><a class="brand" href="/">${SITE_NAME}</a></header><main>
${content}
</main></body></html>`;
}
