import compression from 'compression';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { hashHtmlScripts } from './hash-html-scripts';
import { createResponseCache, PAGE_TTL_MS, responseCacheKey } from './response-cache';

// The layers of scripts/serve.ts in their order, over a stand-in for Next's handler that answers
// the ways Next does and counts what reaches it.
const ISR = 's-maxage=300, stale-while-revalidate=31535700';
const DYNAMIC = 'private, no-cache, no-store, max-age=0, must-revalidate';
const page = (text: string) =>
  `<!doctype html><html><body><p>${text}</p><script>self.__next_f.push([1,"${text}"])</script>${'<p>filler</p>'.repeat(200)}</body></html>`;
const reached: string[] = [];
const gone = new Set<string>();
const MAX_BYTES = 128 * 1024;
const responses = createResponseCache(MAX_BYTES);
const server = http.createServer((req, res) => {
  if (responses.serve(req, res)) return;
  compression()(req as never, res as never, () => {
    responses.watch(req, res);
    hashHtmlScripts(req, res);
    reached.push(req.url!);
    const url = new URL(req.url!, 'http://x');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (url.pathname === '/with-cookie') res.setHeader('Set-Cookie', 'a=b');
    if (url.pathname === '/missing' || gone.has(url.pathname)) res.statusCode = 404;
    if (url.pathname === '/broken') res.statusCode = 500;
    res.setHeader('Cache-Control', url.pathname.startsWith('/articles/') ? ISR : DYNAMIC);
    if (url.pathname === '/search') return res.end(page(`results for ${url.searchParams.get('q')}`));
    const text = page(`${url.pathname} ${req.headers.rsc ? 'rsc' : 'html'}`);
    if (url.pathname === '/articles/slow') setTimeout(() => res.end(text), 300);
    else res.end(text);
  });
});
let base = '';
beforeAll(() => new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r())));
beforeAll(() => void (base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`));
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  responses.clear();
  reached.length = 0;
  gone.clear();
});

/** The bytes as sent (fetch would decode them). */
const getRaw = (path: string, encoding: string) =>
  new Promise<{ headers: Headers; body: Buffer }>((resolve, reject) => {
    http
      .get(base + path, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers.set(k, v);
          resolve({ headers, body: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(base + path, { headers });
  return { res, text: await res.text() };
};

it('sends a kept page again without the handler, byte for byte, with its policy and keys', async () => {
  const first = await get('/articles/tide');
  expect(first.res.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=60');
  expect(first.res.headers.get('surrogate-key')).toBe('article-tide pages');
  expect(first.res.headers.get('cache-tag')).toBe('article-tide,pages');
  for (const encoding of ['br', 'gzip', 'identity']) {
    const again = await getRaw('/articles/tide', encoding);
    const raw = again.body;
    expect(again.headers.get('content-security-policy')).toBe(first.res.headers.get('content-security-policy'));
    expect(again.headers.get('surrogate-key')).toBe('article-tide pages');
    expect(again.headers.get('content-length')).toBe(String(raw.length));
    expect(again.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = encoding === 'br' ? zlib.brotliDecompressSync(raw) : encoding === 'gzip' ? zlib.gunzipSync(raw) : raw;
    if (encoding !== 'identity') expect(again.headers.get('content-encoding')).toBe(encoding);
    expect(body.toString()).toBe(first.text);
  }
  expect(reached).toEqual(['/articles/tide']);
});

it('never keeps or shares what has a cookie, is private, failed or was not found', async () => {
  for (const path of ['/with-cookie', '/account', '/broken']) {
    const first = await get(path);
    expect(first.res.headers.get('cache-control'), path).toBe('private, no-store');
    expect(first.res.headers.get('surrogate-key'), path).toBeNull();
    await get(path);
  }
  const missing = await get('/missing');
  expect(missing.res.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60');
  await get('/missing');
  expect(reached).toEqual([
    '/with-cookie',
    '/with-cookie',
    '/account',
    '/account',
    '/broken',
    '/broken',
    '/missing',
    '/missing',
  ]);
});

it("passes Next's router requests and conditional requests through, and forgets a page after its time", async () => {
  await get('/articles/tide');
  expect((await get('/articles/tide', { rsc: '1' })).text).toContain('/articles/tide rsc');
  await get('/articles/tide?_rsc=abc');
  await get('/articles/tide', { 'if-none-match': '"x"' });
  expect(reached).toEqual(['/articles/tide', '/articles/tide', '/articles/tide?_rsc=abc', '/articles/tide']);
  await new Promise((r) => setTimeout(r, PAGE_TTL_MS + 100));
  await get('/articles/tide');
  expect(reached).toHaveLength(5);
});

it('after its time one request fetches a fresh copy while the others get the kept one', async () => {
  await get('/articles/slow');
  await new Promise((r) => setTimeout(r, PAGE_TTL_MS + 100));
  const texts = await Promise.all(Array.from({ length: 6 }, () => get('/articles/slow').then((r) => r.text)));
  expect(new Set(texts).size).toBe(1);
  expect(reached).toEqual(['/articles/slow', '/articles/slow']);
});

it('forgets a kept page at once when Next no longer answers it (unpublished: 404)', async () => {
  await get('/articles/tide');
  gone.add('/articles/tide');
  await new Promise((r) => setTimeout(r, PAGE_TTL_MS + 100));
  expect((await get('/articles/tide')).res.status).toBe(404);
  expect((await get('/articles/tide')).res.status).toBe(404);
  expect(reached).toEqual(['/articles/tide', '/articles/tide', '/articles/tide']);
});

it('keeps search per query as the page reads it, never one query for another', async () => {
  expect((await get('/search?q=tidal')).text).toContain('results for tidal');
  expect((await get('/search?q=%20tidal%20&utm_source=x')).text).toContain('results for tidal');
  expect((await get('/search?q=Tidal')).text).toContain('results for Tidal');
  expect((await get('/search?q=harbour')).text).toContain('results for harbour');
  expect((await get('/search?q=tidal&page=2')).text).toContain('results for tidal');
  expect(reached).toEqual(['/search?q=tidal', '/search?q=Tidal', '/search?q=harbour', '/search?q=tidal&page=2']);
  expect(responseCacheKey({ method: 'GET', url: '/search?q=a&q=b', headers: {} } as http.IncomingMessage)).toBe(
    responseCacheKey({ method: 'GET', url: '/search?q=a', headers: {} } as http.IncomingMessage),
  );
});

it('is bounded by bytes: many distinct pages keep it under its limit, the latest kept', async () => {
  // Each page is ~3 KB, so 120 of them are well over the 128 KB this one may hold.
  for (let i = 0; i < 120; i++) await get(`/articles/p-${i}`);
  expect(responses.size()).toBeGreaterThan(MAX_BYTES / 2);
  expect(responses.size()).toBeLessThanOrEqual(MAX_BYTES);
  reached.length = 0;
  await get('/articles/p-119');
  await get('/articles/p-0');
  expect(reached).toEqual(['/articles/p-0']);
});

it('never answers a signed-in reader with a page kept for everyone (a route may render per session)', async () => {
  // /articles/{slug}/comments is shared for signed-out readers but rendered per reader once
  // signed in (proxy.ts): the kept copy must not reach a reader who has a session.
  await get('/articles/tide/comments');
  await get('/articles/tide/comments');
  expect(reached).toEqual(['/articles/tide/comments']);
  await get('/articles/tide/comments', { cookie: 'authjs.session-token=abc' });
  await get('/articles/tide/comments', { cookie: 'theme=dark; __Secure-authjs.session-token=abc' });
  expect(reached).toEqual(['/articles/tide/comments', '/articles/tide/comments', '/articles/tide/comments']);
});
