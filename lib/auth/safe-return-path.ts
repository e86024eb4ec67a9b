// Parsed the way a browser parses a Location header (WHATWG URL), so tricks such as "/\evil",
// "/\t/evil" (tabs and newlines are dropped) or "//evil" are judged by where they would really go.
const BASE = 'http://dispatch.invalid';

/** Keeps a post-sign-in destination on our own site: a path, never another origin. */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 500 || !value.startsWith('/')) return fallback;
  // Control characters never belong in a path we write, and some are silently dropped by parsers.
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // The parsed form, not the input: what is returned is exactly what was checked.
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Auth.js's redirect callback: a URL on `baseUrl`'s origin, else the front page. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  if (url.startsWith('/')) {
    const path = safeReturnPath(url, '');
    return path ? `${baseUrl}${path}` : baseUrl;
  }
  try {
    const target = new URL(url);
    if (target.origin === new URL(baseUrl).origin && !/[\u0000-\u001f\u007f]/.test(url)) return target.href;
  } catch {}
  return baseUrl;
}
