// A small self-contained HTML page for what route handlers answer in the browser (the one-click
// unsubscribe targets: RFC 8058 needs a route handler for the POST, and a route handler cannot
// render the site layout). No scripts, so it works without JavaScript and under the script policy.
import { SITE_NAME } from '@/lib/site';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `content` is trusted HTML (escape what comes from a request with escapeHtml). */
export function plainPage(title: string, content: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)} · ${SITE_NAME}</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:34rem;margin:3rem auto;padding:0 1rem}h1{font-size:2rem;line-height:1.2}
button{font:600 1rem system-ui,sans-serif;padding:.6rem 1.4rem;border-radius:4px;border:0;background:#171717;color:#fff;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #b4121b;outline-offset:2px}.brand{color:#b4121b;font-weight:700;text-decoration:none}
@media (prefers-color-scheme:dark){body{background:#0a0a0a;color:#ededed}button{background:#ededed;color:#0a0a0a}a{color:#f87171}}</style>
</head><body><header><a class="brand" href="/">${SITE_NAME}</a></header><main>
${content}
</main></body></html>`;
}
