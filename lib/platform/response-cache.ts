// The layer of scripts/serve.ts between the client and Next's request handler that makes pages
// cheap to serve and ready for a CDN (docs/0021-serving-speed.md):
// - every response gets the Cache-Control of lib/cache/shared-cache-policy.ts, and shared ones
//   their purge keys (Surrogate-Key, Cache-Tag);
// - a shared HTML page (a cached page, search results) is kept here, complete with its script
//   policy, for a few seconds, and sent again with its gzip/brotli bytes made once. Profiling a
//   cache hit showed Next's routing and response cache, the script hashing and per-response
//   compression as most of the server's time; a page kept here skips all three.
// Only GETs without Next's router headers are served from here (those ask for RSC payloads), and
// only what the policy calls shared is kept: nothing with a cookie, nothing private. Bounded by
// bytes (least recently used goes first), so thousands of distinct URLs cannot grow the process.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import { hasSessionCookie } from '../auth/session-cookie';
import { isShared, sharedCacheControl } from '../cache/shared-cache-policy';
import { surrogateKeysFor } from '../cache/surrogate-keys';
import { searchCacheKey } from '../search/search-params';

/** Pages: at most this much later than Next's own cache (the instances' invalidation poll is 2 s). */
export const PAGE_TTL_MS = 2000;
export const SEARCH_TTL_MS = 5000;
// Once its time is up, one request goes to Next for a fresh copy while the others still get the
// kept one (else every connection open at that moment renders at once); if no fresh copy came
// within REFRESH_GRACE_MS another request tries, and past STALE_LIMIT_MS the copy is dropped. Under
// overload a render can take seconds, and dropping the copy then sent every request to Next at once.
const REFRESH_GRACE_MS = 5000;
const STALE_LIMIT_MS = 30_000;
export const MAX_BYTES = 32 * 1024 * 1024;
const MAX_ENTRY_BYTES = 1024 * 1024;
// Asking for an RSC payload or a partial render: these vary what Next answers at the same URL.
const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
];
const CONDITIONAL = ['if-none-match', 'if-modified-since', 'range'];
// Set per connection by Node, or per encoding when the entry is sent.
const UNSTORED = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'date',
  'keep-alive',
]);

type Entry = {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  br?: Buffer;
  gzip?: Buffer;
  freshUntil: number;
  /** When a request went to Next for a fresh copy (0: none has). */
  refreshingSince: number;
};
type Encoding = 'br' | 'gzip' | 'identity';

export type ResponseCache = {
  /** Answers from the cache when it can; true when it did. */
  serve: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Sets the cache headers on whatever Next answers, and keeps what may be kept. */
  watch: (req: IncomingMessage, res: ServerResponse) => void;
  clear: () => void;
  size: () => number;
};

/** The key a request is kept under, or undefined when it must go to Next. */
export function responseCacheKey(req: IncomingMessage): string | undefined {
  if (req.method !== 'GET') return undefined;
  const h = req.headers;
  for (const name of ROUTER_HEADERS) if (h[name] !== undefined) return undefined;
  for (const name of CONDITIONAL) if (h[name] !== undefined) return undefined;
  // A signed-in reader goes to Next, which knows whether a page depends on the session (proxy.ts
  // sends signed-out readers of a comments page to a copy they share); this cache does not.
  if (hasSessionCookie(h.cookie)) return undefined;
  const url = req.url ?? '/';
  if (url.includes('_rsc=')) return undefined;
  // Search is keyed by the query the page reads, so `?q=tidal&utm=x` and `?q= tidal` share one.
  if (url === '/search' || url.startsWith('/search?')) return searchCacheKey(new URL(url, 'http://x').searchParams);
  return url;
}

function pickEncoding(req: IncomingMessage): Encoding {
  return (new Negotiator(req).encoding(['br', 'gzip', 'identity']) as Encoding | undefined) ?? 'identity';
}

export function createResponseCache(maxBytes = MAX_BYTES): ResponseCache {
  const entries = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    sizeCalculation: (e) => e.body.length + (e.br?.length ?? 0) + (e.gzip?.length ?? 0) + 1024,
    ttlAutopurge: false,
    ttl: STALE_LIMIT_MS,
  });

  const serve = (req: IncomingMessage, res: ServerResponse): boolean => {
    const key = responseCacheKey(req);
    const entry = key === undefined ? undefined : entries.get(key);
    if (!entry || key === undefined) return false;
    const now = Date.now();
    if (now > entry.freshUntil && now - entry.refreshingSince > REFRESH_GRACE_MS) {
      entry.refreshingSince = now;
      return false;
    }
    const encoding = pickEncoding(req);
    let body = entry.body;
    if (encoding !== 'identity') {
      const known = entry[encoding];
      body = known ?? compress(entry.body, encoding);
      if (!known) {
        entry[encoding] = body;
        // Re-set to count the new bytes against the bound, keeping the time left to live.
        entries.set(key, entry, { ttl: entries.getRemainingTTL(key) });
      }
    }
    res.writeHead(entry.status, {
      ...entry.headers,
      'content-length': body.length,
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    });
    res.end(body);
    return true;
  };

  const watch = (req: IncomingMessage, res: ServerResponse): void => {
    const key = responseCacheKey(req);
    const pathname = (req.url ?? '/').split('?')[0]!;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const cacheControl = sharedCacheControl({
        method: req.method ?? 'GET',
        pathname,
        status: status === 304 ? 200 : status,
        cacheControl: res.getHeader('cache-control') as string | undefined,
        contentType: String(res.getHeader('content-type') ?? ''),
        hasSetCookie: res.hasHeader('set-cookie'),
      });
      if (cacheControl !== undefined) res.setHeader('Cache-Control', cacheControl);
      if (isShared(cacheControl)) {
        const keys = surrogateKeysFor(pathname);
        res.setHeader('Surrogate-Key', keys.join(' '));
        res.setHeader('Cache-Tag', keys.join(','));
      }
      return writeHead(status, ...rest);
    }) as ServerResponse['writeHead'];
    if (key === undefined) return;

    // HTML reaches here whole, in one end() (hash-html-scripts.ts holds it); a streamed write means
    // something else, which is not kept.
    let isStreamed = false;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    res.write = ((...args: unknown[]) => {
      isStreamed = true;
      return write(...args);
    }) as ServerResponse['write'];
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      const result = end(chunk, ...rest);
      keep(key, pathname, res, isStreamed || !Buffer.isBuffer(chunk) ? undefined : chunk);
      return result;
    }) as ServerResponse['end'];
  };

  /** Keeps a fresh copy, or forgets the address when what Next answered now may not be kept. */
  const keep = (key: string, pathname: string, res: ServerResponse, body: Buffer | undefined) => {
    const isKeepable =
      body !== undefined &&
      res.statusCode === 200 &&
      body.length <= MAX_ENTRY_BYTES &&
      String(res.getHeader('content-type') ?? '').startsWith('text/html') &&
      !res.hasHeader('set-cookie') &&
      isShared(res.getHeader('cache-control') as string | undefined);
    if (!isKeepable) {
      entries.delete(key);
      return;
    }
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(res.getHeaders()))
      if (value !== undefined && !UNSTORED.has(name)) headers[name] = value;
    // Every later answer from here is a cache hit, whatever Next said when it made the page.
    if (headers['x-nextjs-cache'] !== undefined) headers['x-nextjs-cache'] = 'HIT';
    const ttl = pathname === '/search' ? SEARCH_TTL_MS : PAGE_TTL_MS;
    const entry = { status: 200, headers, body: Buffer.from(body), freshUntil: Date.now() + ttl, refreshingSince: 0 };
    entries.set(key, entry, { ttl: ttl + STALE_LIMIT_MS });
  };

  return { serve, watch, clear: () => entries.clear(), size: () => entries.calculatedSize };
}

function compress(body: Buffer, encoding: 'br' | 'gzip'): Buffer {
  // Quality 4 / level 6: what the compression package uses per response, made once here instead.
  return encoding === 'br'
    ? zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : zlib.gzipSync(body, { level: 6 });
}
