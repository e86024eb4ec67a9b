// The unsubscribe pages as plain HTML: a route handler (needed for the RFC 8058 POST) cannot
// render the site layout, so these pages are small, self-contained and work without JavaScript.
import { SITE_NAME } from '@/lib/site';

type State = { kind: 'confirm'; token: string; digestId?: string } | { kind: 'done' } | { kind: 'invalid' };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unsubscribePage(state: State): string {
  const content =
    state.kind === 'confirm'
      ? `<h1>Unsubscribe from the ${SITE_NAME} newsletter?</h1>
<p>You will get no more digests. You can sign up again at any time.</p>
<form method="post" action="/newsletter/unsubscribe?token=${escape(encodeURIComponent(state.token))}${state.digestId ? `&amp;d=${escape(encodeURIComponent(state.digestId))}` : ''}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">Unsubscribe</button>
</form>`
      : state.kind === 'done'
        ? `<div role="status"><h1>You’re unsubscribed</h1>
<p>You will get no more newsletter emails from ${SITE_NAME}. We keep only what stops us writing to you again.</p></div>
<p><a href="/newsletter">Changed your mind? Sign up again</a></p>`
        : `<h1>This unsubscribe link doesn’t work</h1>
<p>It may be incomplete. Use the Unsubscribe link at the bottom of any ${SITE_NAME} digest, or sign in and manage your newsletter from your account.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="color-scheme" content="light dark">
<title>Unsubscribe · ${SITE_NAME}</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:34rem;margin:3rem auto;padding:0 1rem}h1{font-size:2rem;line-height:1.2}
button{font:600 1rem system-ui,sans-serif;padding:.6rem 1.4rem;border-radius:4px;border:0;background:#171717;color:#fff;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #b4121b;outline-offset:2px}.brand{color:#b4121b;font-weight:700;text-decoration:none}
@media (prefers-color-scheme:dark){body{background:#0a0a0a;color:#ededed}button{background:#ededed;color:#0a0a0a}a{color:#f87171}}</style>
</head><body><header><a class="brand" href="/">${SITE_NAME}</a></header><main>
${content}
</main></body></html>`;
}
