// What scripts/serve.ts decides about a request before Next.js sees it: who the client is (one
// identity for every limit, docs/0010) and whether the request is too malformed or too large to
// hand on. Next answers a bad percent-escape with a bare 500 and buffers bodies of any size in
// route handlers; refusing here gives a plain 4xx with the site's security headers instead.
import type { IncomingMessage } from 'node:http';
import { CLIENT_IP_HEADER, LOOPBACK_HEADER, isLoopbackSocket, resolveClientIp } from '../security/client-ip';

/** Server actions and form posts (a comment is at most a few KB; room for the form's own message). */
export const MAX_FORM_BODY_BYTES = 2 * 1024 * 1024;
/** Route handlers: the views beacon, Auth.js posts, one-click unsubscribe, cache refreshes. */
export const MAX_API_BODY_BYTES = 64 * 1024;

/** Bounce messages quote the original (a digest is ~100 KB) and webhooks batch events (docs/0016). */
export const MAX_MAIL_BODY_BYTES = 4 * 1024 * 1024;

export type Refusal = { status: 400 | 411 | 413; message: string };

const API_PATHS = [/^\/api\//, /^\/newsletter\/unsubscribe(?:\/|$)/, /^\/notifications\/unsubscribe\//];
const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

export function bodyLimitFor(pathname: string): number {
  if (/^\/api\/mail\//.test(pathname)) return MAX_MAIL_BODY_BYTES;
  return API_PATHS.some((p) => p.test(pathname)) ? MAX_API_BODY_BYTES : MAX_FORM_BODY_BYTES;
}

/** Sets the client identity headers on `req` (replacing any the client sent). */
export function identifyClient(req: IncomingMessage, trustProxy: number): void {
  const socket = req.socket.remoteAddress;
  req.headers[CLIENT_IP_HEADER] = resolveClientIp(socket, req.headers['x-forwarded-for'], trustProxy);
  const viaProxy = PROXY_HEADERS.some((h) => req.headers[h] !== undefined);
  if (isLoopbackSocket(socket) && !viaProxy) req.headers[LOOPBACK_HEADER] = '1';
  else delete req.headers[LOOPBACK_HEADER];
}

/** A reason to refuse the request, or null to hand it to Next. */
export function refuseRequest(req: IncomingMessage): Refusal | null {
  const target = req.url ?? '/';
  const pathname = target.split('?')[0]!;
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, message: 'This address is not valid (a broken %-escape).' };
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null;
  const limit = bodyLimitFor(pathname);
  const length = req.headers['content-length'];
  if (length === undefined) {
    // Browsers, mail providers and proxies send a length; a chunked body could be any size.
    return req.headers['transfer-encoding']
      ? { status: 411, message: 'Send the request with a Content-Length.' }
      : null;
  }
  if (!/^\d+$/.test(length)) return { status: 400, message: 'The Content-Length is not a number.' };
  if (Number(length) > limit)
    return {
      status: 413,
      message: `The request is too large (at most ${Math.round(limit / 1024).toLocaleString('en')} KB).`,
    };
  return null;
}
