import compression from 'compression';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../security/content-security-policy';
import { hashHtmlScripts } from './hash-html-scripts';

const PAGE =
  '<!doctype html><html><body><script>self.__next_f.push([1,"a"])</script><p>é</p><script src="/x.js"></script><script>self.__next_f.push([1,"b"])</script></body></html>';
const STATIC_POLICY = "script-src 'self'; object-src 'none'";

// Real HTTP on loopback, answering the ways Next.js does: headers set then end(body), streamed
// writes after flushHeaders(), writeHead() with headers, a 304, and a non-HTML stream.
let base = '';
const server = http.createServer((req, res) => {
  compression({ threshold: 0 })(req as never, res as never, () => {
    hashHtmlScripts(req, res);
    res.setHeader('Content-Security-Policy', STATIC_POLICY);
    if (req.url === '/whole') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Length', Buffer.byteLength(PAGE));
      res.end(PAGE);
    } else if (req.url === '/streamed') {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.flushHeaders();
      res.write(PAGE.slice(0, 40));
      setTimeout(() => res.end(Buffer.from(PAGE.slice(40))), 20);
    } else if (req.url === '/head-arg') {
      res.writeHead(201, { 'Content-Type': 'text/html' });
      res.end(PAGE);
    } else if (req.url === '/etag' || req.url === '/etag-other') {
      // The same ETag on a different page must not reuse the first page's policy.
      const page = req.url === '/etag' ? PAGE : PAGE.replace('[1,"b"]', '[1,"bb"]');
      res.setHeader('Content-Type', 'text/html');
      res.setHeader('ETag', '"same"');
      res.end(page);
    } else if (req.url === '/not-modified') {
      res.statusCode = 304;
      res.end();
    } else {
      res.writeHead(200, { 'Content-Type': 'application/javascript' });
      res.write('one;');
      res.end('two;');
    }
  });
});

beforeAll(
  () =>
    new Promise<void>((resolve) =>
      server.listen(
        0,
        '127.0.0.1',
        () => ((base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`), resolve()),
      ),
    ),
);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const expectedPolicy = `script-src 'self' ${inlineScriptHashes(PAGE)
  .trusted.map((h) => `'${h}'`)
  .join(' ')}`;

describe('hashHtmlScripts', () => {
  it.each(['/whole', '/streamed', '/head-arg'])('sends %s whole, with its own script hashes', async (path) => {
    const res = await fetch(base + path);
    expect(await res.text()).toBe(PAGE);
    expect(res.headers.get('content-security-policy')).toContain(expectedPolicy);
    expect(res.headers.get('content-security-policy')).toContain("object-src 'none'");
  });

  it('still compresses, after hashing the plain text', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/whole`, { headers: { 'accept-encoding': 'gzip' } }, resolve),
    );
    const chunks: Buffer[] = [];
    for await (const c of res) chunks.push(c as Buffer);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(Buffer.concat(chunks)).toString()).toBe(PAGE);
    expect(res.headers['content-security-policy']).toContain(expectedPolicy);
  });

  it('reuses a policy for the same ETag and length, and only then', async () => {
    const first = (await fetch(`${base}/etag`)).headers.get('content-security-policy');
    const again = (await fetch(`${base}/etag`)).headers.get('content-security-policy');
    const other = await fetch(`${base}/etag-other`);
    expect(first).toContain(expectedPolicy);
    expect(again).toBe(first);
    expect(other.headers.get('content-security-policy')).toContain(
      inlineScriptHashes(await other.text()).trusted.at(-1),
    );
    expect(other.headers.get('content-security-policy')).not.toBe(first);
  });

  it('drops the policy from a 304 so the browser keeps the one with the hashes', async () => {
    const res = await fetch(`${base}/not-modified`);
    expect(res.status).toBe(304);
    expect(res.headers.get('content-security-policy')).toBeNull();
  });

  it('passes other responses through untouched', async () => {
    const res = await fetch(`${base}/script`);
    expect(await res.text()).toBe('one;two;');
    expect(res.headers.get('content-security-policy')).toBe(STATIC_POLICY);
  });
});
