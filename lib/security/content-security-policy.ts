// One Content-Security-Policy for the whole site. Scripts: only our own files and, on an HTML
// page, the inline scripts Next.js and React wrote into it, by hash. Only scripts of their exact
// shapes are hashed (trusted-inline-script.ts); any other inline script in the page, such as one
// injected on the server, gets no hash and the browser refuses it. Hashing per response keeps
// cached pages cached, where nonces would make every page dynamic (docs/0011).
import crypto from 'node:crypto';
import { isTrustedInlineScript } from './trusted-inline-script';

const BASE = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"];

/** The policy for every response; `scriptHashes` only for HTML that was hashed. */
export function contentSecurityPolicy(options: { dev?: boolean; scriptHashes?: string[] } = {}): string {
  // The development server needs eval and inline scripts for fast refresh.
  if (options.dev) return BASE.join('; ');
  const hashes = (options.scriptHashes ?? []).map((h) => `'${h}'`);
  return [`script-src 'self' ${hashes.join(' ')}`.trim(), ...BASE].join('; ');
}

// An inline script is a <script> element without a src attribute; its text is hashed as written.
// If this reading of the HTML ever differs from the browser's, the browser sees a text whose hash
// is missing and refuses it: every hash in the policy is of a text that passed the recogniser.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;
// Types a browser does not run (application/ld+json): they need no hash, and get none.
const TYPE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const RUNS =
  /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/jscript|text\/livescript|text\/javascript1\.[0-5])$/i;

type ScriptHashes = { trusted: string[]; refused: { hash: string; text: string }[] };

const sha256 = (text: string) => `sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}`;

export function inlineScriptHashes(html: string): ScriptHashes {
  const trusted = new Set<string>();
  const refused = new Map<string, string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (HAS_SRC.test(attributes!)) continue;
    const type = TYPE.exec(attributes!);
    if (type && !RUNS.test((type[1] ?? type[2] ?? type[3]!).trim())) continue;
    if (isTrustedInlineScript(text!)) trusted.add(sha256(text!));
    else refused.set(sha256(text!), text!);
  }
  return { trusted: [...trusted], refused: [...refused].map(([hash, text]) => ({ hash, text })) };
}

// Each refused script is logged once (bounded), so a Next.js or React upgrade that changes the
// shape of its scripts is noticed in the logs rather than only as a page that stopped hydrating.
const warned = new Set<string>();
const MAX_WARNED = 500;

function warnRefused({ hash, text }: { hash: string; text: string }): void {
  if (warned.has(hash) || warned.size >= MAX_WARNED) return;
  warned.add(hash);
  const excerpt = JSON.stringify(text.length > 160 ? `${text.slice(0, 160)}…` : text);
  console.warn(
    `Content-Security-Policy: an inline script of unknown shape gets no hash and will not run ('${hash}', ${text.length} characters): ${excerpt}. Injected, or a Next.js/React upgrade changed its scripts (docs/0011).`,
  );
}

/** The policy an HTML page is sent with (scripts/serve.ts, through hash-html-scripts.ts). */
export function htmlContentSecurityPolicy(html: string): string {
  const { trusted, refused } = inlineScriptHashes(html);
  refused.forEach(warnRefused);
  return contentSecurityPolicy({ scriptHashes: trusted });
}
