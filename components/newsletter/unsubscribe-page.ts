// The unsubscribe pages as plain HTML: a route handler (needed for the RFC 8058 POST) cannot
// render the site layout, so these pages are small, self-contained and work without JavaScript.
import { SITE_NAME } from '@/lib/site';
import { escapeHtml, plainPage } from '@/components/ui/plain-page';

type State = { kind: 'confirm'; token: string; digestId?: string } | { kind: 'done' } | { kind: 'invalid' };

export function unsubscribePage(state: State): string {
  const content =
    state.kind === 'confirm'
      ? `<h1>Unsubscribe from the ${SITE_NAME} newsletter?</h1>
<p>You will get no more digests. You can sign up again at any time.</p>
<form method="post" action="/newsletter/unsubscribe?token=${escapeHtml(encodeURIComponent(state.token))}${state.digestId ? `&amp;d=${escapeHtml(encodeURIComponent(state.digestId))}` : ''}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe</button>
</form>`
      : state.kind === 'done'
        ? `<div role="status"><h1>You’re unsubscribed</h1>
<p>You will get no more newsletter emails from ${SITE_NAME}. We keep only what stops us writing to you again.</p></div>
<p><a href="/newsletter">Changed your mind? Sign up again</a></p>`
        : `<h1>This unsubscribe link doesn’t work</h1>
<p>It may be incomplete. Use the Unsubscribe link at the bottom of any ${SITE_NAME} digest, or sign in and manage your newsletter from your account.</p>`;
  return plainPage('Unsubscribe', content);
}
