// What the search page reads from its address, in one place: the page (app/search/page.tsx) and
// the server's response cache (lib/platform/response-cache.ts) key by it, so two addresses that
// show the same results share one cached answer and two that differ never do. Not server-only:
// scripts/serve.ts runs outside Next.
export const MAX_QUERY_LENGTH = 200;

export type SearchParams = { q: string; page: number };

export function parseSearchParams(qRaw: string | undefined, pageRaw: string | undefined): SearchParams {
  const q = (qRaw ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const page = /^[1-9]\d{0,3}$/.test(pageRaw ?? '') ? Number(pageRaw) : 1;
  return { q, page };
}

/** The response-cache key of a /search address: its query exactly as shown, and its page. */
export function searchCacheKey(params: URLSearchParams): string {
  const { q, page } = parseSearchParams(params.get('q') ?? undefined, params.get('page') ?? undefined);
  return `/search\0${page}\0${q}`;
}
