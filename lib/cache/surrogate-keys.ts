// The purge keys of a page, sent as `Surrogate-Key` (Fastly, space-separated) and `Cache-Tag`
// (Cloudflare, comma-separated) on every shared response, and named again in a CDN purge
// (purge-cdn.ts), so one article's change can drop every cached variant of its pages (query
// strings, RSC payloads) at once. `pages` is on everything: purging it empties the site.

export const ALL_PAGES_KEY = 'pages';
export const FRONT_KEY = 'front';

const NAME = /^[a-z0-9][a-z0-9-]{0,99}$/;
const KINDS: Record<string, string> = {
  articles: 'article',
  sections: 'section',
  topics: 'topic',
  videos: 'video',
};

/** Keys for a site path (no query string): the page's own subject, then `pages`. */
export function surrogateKeysFor(pathname: string): string[] {
  if (pathname === '/') return [FRONT_KEY, ALL_PAGES_KEY];
  const parts = pathname.split('/').filter(Boolean);
  // /api/comments/{slug} belongs to the article whose thread it is.
  if (parts[0] === 'api' && parts[1] === 'comments' && parts[2] && NAME.test(parts[2]))
    return [`article-${parts[2]}`, ALL_PAGES_KEY];
  const kind = KINDS[parts[0] ?? ''];
  if (!kind) return [ALL_PAGES_KEY];
  const name = parts[1];
  if (!name) return kind === 'video' ? ['videos', ALL_PAGES_KEY] : [ALL_PAGES_KEY];
  return NAME.test(name) ? [`${kind}-${name}`, ALL_PAGES_KEY] : [ALL_PAGES_KEY];
}

/** The keys a purge names for a set of stale paths (the importer's list). */
export function surrogateKeysForPaths(paths: string[]): string[] {
  const keys = new Set<string>();
  for (const p of paths) for (const key of surrogateKeysFor(p)) if (key !== ALL_PAGES_KEY) keys.add(key);
  return [...keys];
}
