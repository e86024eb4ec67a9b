// A digest's story link: counts the click in aggregate and sends the reader to the story on our
// own site. Never an open redirect: the target comes from the article id, not from the request.
import { isbot } from 'isbot';
import { getEnv } from '@/lib/env';
import { recordDigestClick } from '@/lib/newsletter/digest/record-digest-click';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ digestId: string; articleId: string }> };

const NO_STORE = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };

/** Link scanners, crawlers and browser prefetches follow the link but are not readers clicking. */
function isCountable(request: Request): boolean {
  if (request.method !== 'GET') return false;
  const ua = request.headers.get('user-agent') ?? '';
  const purpose = `${request.headers.get('sec-purpose') ?? ''} ${request.headers.get('purpose') ?? ''}`;
  return ua !== '' && !isbot(ua) && !/prefetch|preview/i.test(purpose);
}

async function follow(request: Request, { params }: Context): Promise<Response> {
  const { digestId, articleId } = await params;
  const target = await recordDigestClick(digestId, articleId, { isCounted: isCountable(request) });
  if (!target) {
    return new Response('This link is not one of our digest links.\n', {
      status: 404,
      headers: { ...NO_STORE, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const location = `${getEnv().SITE_URL}/articles/${encodeURIComponent(target.slug)}`;
  return new Response(null, { status: 302, headers: { ...NO_STORE, location } });
}

export const GET = follow;
export const HEAD = follow;
