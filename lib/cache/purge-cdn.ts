// The CDN purge hook (docs/0021): when an import (or a moderation decision) makes pages stale,
// one POST to CDN_PURGE_URL names the absolute URLs and the surrogate keys (surrogate-keys.ts)
// to drop. The receiver is the operator's: a CDN's purge API that takes this shape, or a small
// adapter in front of one. It is called once per change, by the process that made it (not by
// every instance), and never stops that change: a failed purge is reported and the CDN's
// s-maxage bounds how long the old copy lives.
import { ALL_PAGES_KEY, surrogateKeysForPaths } from './surrogate-keys';

export type PurgeTarget = { url: string; token?: string; siteUrl: string };
export type PurgeRequest = { urls: string[]; surrogateKeys: string[] };

export function purgeRequestFor(siteUrl: string, paths: string[], all = false): PurgeRequest {
  if (all) return { urls: [], surrogateKeys: [ALL_PAGES_KEY] };
  return { urls: paths.map((p) => new URL(p, `${siteUrl}/`).href), surrogateKeys: surrogateKeysForPaths(paths) };
}

/** POSTs the purge; resolves `false` (after a warning) when the CDN did not take it. */
export async function purgeCdn(target: PurgeTarget | undefined, paths: string[], all = false): Promise<boolean> {
  if (!target || (!all && paths.length === 0)) return true;
  const body = purgeRequestFor(target.siteUrl, paths, all);
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`it answered ${res.status}`);
    return true;
  } catch (err) {
    console.warn(`CDN purge of ${body.urls.length || 'all'} URL(s) failed: ${(err as Error).message}`);
    return false;
  }
}
