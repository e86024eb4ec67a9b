// One Content-Security-Policy for the whole site. Scripts: only our own files and, on an HTML
// page, exactly the inline scripts that page carries (by hash), so an injected <script> or
// event handler never runs. Next.js inlines its page data as small scripts; hashing them per
// response keeps cached pages cached, where nonces would make every page dynamic (docs/0011).
import crypto from 'node:crypto';

const BASE = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"];

/** The policy for every response; `scriptHashes` only for HTML that was hashed. */
export function contentSecurityPolicy(options: { dev?: boolean; scriptHashes?: string[] } = {}): string {
  // The development server needs eval and inline scripts for fast refresh.
  if (options.dev) return BASE.join('; ');
  const hashes = (options.scriptHashes ?? []).map((h) => `'${h}'`);
  return [`script-src 'self' ${hashes.join(' ')}`.trim(), ...BASE].join('; ');
}

// An inline script is a <script> element without a src attribute; its text is hashed as written.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes!)) continue;
    hashes.add(`sha256-${crypto.createHash('sha256').update(text!, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

/** The policy an HTML page is sent with (scripts/serve.ts, through hash-html-scripts.ts). */
export function htmlContentSecurityPolicy(html: string): string {
  return contentSecurityPolicy({ scriptHashes: inlineScriptHashes(html) });
}
