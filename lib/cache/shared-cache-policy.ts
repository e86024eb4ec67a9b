// What a shared cache (a CDN, or the server's own page cache in scripts/serve.ts) may keep, decided
// once per response from what Next.js said and what the response carries (docs/0021). Pages are
// the same for every reader (the header learns who is signed in from /api/auth/session in the
// browser), so Next's cached pages may be shared; anything with a cookie, and anything Next did
// not mark as cacheable, is private and never stored.

/** How long a CDN may serve a page after it went stale while it fetches a fresh one. */
export const STALE_WHILE_REVALIDATE_SECONDS = 60;
/** An unknown address (404) is cheap to render again; keeping it briefly absorbs scanners. */
export const NOT_FOUND_SHARED_SECONDS = 60;
/** Search is rendered per request; a shared cache may keep one query's results this long. */
export const SEARCH_SHARED_SECONDS = 10;

export const PRIVATE = 'private, no-store';

export type ResponseFacts = {
  method: string;
  pathname: string;
  status: number;
  /** Next's own Cache-Control, if any. */
  cacheControl: string | undefined;
  contentType: string;
  hasSetCookie: boolean;
};

const isHtml = (type: string) => type.startsWith('text/html');

/** The Cache-Control to send; `undefined` keeps Next's (static files, media, route handlers' own). */
export function sharedCacheControl(r: ResponseFacts): string | undefined {
  if (r.hasSetCookie || (r.method !== 'GET' && r.method !== 'HEAD')) return PRIVATE;
  const next = (r.cacheControl ?? '').toLowerCase();
  // Content-hashed files and media: Next's (or the route's) `public, max-age=…, immutable` stands.
  if (/\bimmutable\b/.test(next)) return undefined;
  if (/\b(private|no-store)\b/.test(next)) {
    // Search pages hold nothing of the reader's; Next marks them private only because they read the query.
    if (r.status === 200 && r.pathname === '/search' && isHtml(r.contentType))
      return `public, max-age=0, s-maxage=${SEARCH_SHARED_SECONDS}`;
    if (r.status === 404 && isHtml(r.contentType)) return notFound();
    // A route handler's own choice stands only when it says private (e.g. /api/comments for a signed-in reader).
    return isHtml(r.contentType) || !next ? PRIVATE : r.cacheControl;
  }
  const sMaxAge = /\bs-maxage=(\d+)/.exec(next)?.[1];
  if (r.status === 404 && isHtml(r.contentType)) return notFound();
  if (r.status !== 200) return PRIVATE;
  if (sMaxAge !== undefined) {
    // A route handler that chose its own public lifetime (/api/comments: 5 s) keeps it.
    if (/\bpublic\b/.test(next)) return r.cacheControl;
    return `public, max-age=0, s-maxage=${sMaxAge}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`;
  }
  if (/\bpublic\b/.test(next)) return r.cacheControl;
  return PRIVATE;
}

function notFound(): string {
  return `public, max-age=0, s-maxage=${NOT_FOUND_SHARED_SECONDS}`;
}

export const isShared = (cacheControl: string | undefined) => /^public\b/.test(cacheControl ?? '');
