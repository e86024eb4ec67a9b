// Next.js 16 proxy (Node.js runtime): the per-IP flood guard for every write, answered with 429 and
// Retry-After before a route handler or server action runs (docs/0010-rate-limits.md). Server
// actions cannot set a status of their own, so this is where a write gets its honest 429.
// While another process holds the database's write lock, writes get 503 + Retry-After here too
// (the flood guard's own counter is the first write to hit the lock). The only reads that come
// here are comment pages, to be routed (readRoute below).
// Authorization is never decided here: every page, action and route checks the session itself.
import { NextResponse, type NextRequest } from 'next/server';
import { databaseBusySeconds, isDatabaseBusy, markDatabaseBusy, BUSY_SECONDS } from '@/lib/platform/database-busy';
import { hasSessionCookie } from '@/lib/auth/session-cookie';
import { publicCommentView } from '@/lib/comments/public-comment-views';
import { clientIp } from '@/lib/security/client-ip';
import { serviceUnavailable } from '@/lib/security/service-unavailable';
import { tooManyRequests } from '@/lib/security/too-many-requests';
import { consumeWriteAllowance } from '@/lib/security/write-limits';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
// RFC 8058 one-click unsubscribes arrive from mail providers' servers, many readers from a few
// addresses; refusing one would leave a reader subscribed against their wish. The signed token is
// the authority there, so a flood costs an HMAC check and changes nothing.
// Bounce reports and provider webhooks likewise come in bursts from a few servers and are
// authenticated by a shared secret or signature (docs/0016).
const UNLIMITED = new Set(['/newsletter/unsubscribe', '/api/mail/inbound', '/api/mail/mailgun', '/api/mail/sendgrid']);
// The same for the comment emails' one-click targets (one per kind, docs/0014).
const UNLIMITED_PREFIX = '/notifications/unsubscribe/';

// /articles/{slug}?comment={id}: a comment permalink that works without JavaScript. The article
// page is cached whole and cannot read its query, so this one form is served by the comment page
// (which renders the page of threads holding that comment); the URL and its #comment-{id} stay.
// Signed-out readers of a first page of comments get the cached copy they all share.
const ARTICLE = /^\/articles\/([a-z0-9-]{1,80})$/;
const COMMENTS = /^\/articles\/([a-z0-9-]{1,80})\/comments$/;

export async function proxy(req: NextRequest): Promise<Response> {
  if (READS.has(req.method)) return readRoute(req);
  const path = req.nextUrl.pathname;
  if (UNLIMITED.has(path) || path.startsWith(UNLIMITED_PREFIX)) return NextResponse.next();
  const busySeconds = databaseBusySeconds();
  if (busySeconds > 0) return serviceUnavailable(busySeconds);
  let waitSeconds: number;
  try {
    waitSeconds = await consumeWriteAllowance(clientIp(req.headers));
  } catch (err) {
    if (!isDatabaseBusy(err)) throw err;
    markDatabaseBusy();
    console.warn(`Write refused with 503: the database is busy (${(err as Error).message.trim().split('\n').pop()})`);
    return serviceUnavailable(BUSY_SECONDS);
  }
  return waitSeconds > 0 ? tooManyRequests(waitSeconds) : NextResponse.next();
}

function readRoute(req: NextRequest): Response {
  const { pathname, searchParams } = req.nextUrl;
  const url = req.nextUrl.clone();
  const article = ARTICLE.exec(pathname);
  if (article && searchParams.has('comment')) {
    url.pathname = `/articles/${article[1]}/comments`;
    return NextResponse.rewrite(url);
  }
  const comments = COMMENTS.exec(pathname);
  const view = comments && publicCommentView(searchParams);
  if (!comments || !view || hasSessionCookie(req.headers.get('cookie'))) return NextResponse.next();
  url.pathname = `/articles/${comments[1]}/comments/public/${view}`;
  url.search = '';
  return NextResponse.rewrite(url);
}

// Only what can write reaches the proxy, and comment permalinks (above): route handlers, server actions (Next-Action header) and
// form posts without JavaScript (they carry a body, so a Content-Type). Page reads never run it,
// which keeps cache hits cheap; the method check above stays as the authority. (Literals only:
// Next.js reads this config statically.)
export const config = {
  matcher: [
    '/api/:path*',
    { source: '/articles/:slug', has: [{ type: 'query', key: 'comment' }] },
    '/articles/:slug/comments',
    { source: '/((?!_next/static|_next/image|media/|favicon.ico).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!_next/static|_next/image|media/|favicon.ico).*)', has: [{ type: 'header', key: 'content-type' }] },
  ],
};
