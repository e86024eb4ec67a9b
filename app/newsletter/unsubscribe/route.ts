// RFC 8058 one-click unsubscribe. POST with `List-Unsubscribe=One-Click` unsubscribes at once:
// no cookie, no CSRF token (the signed token is the authority), idempotent, 200 without a
// redirect. GET only shows a page with one button, so link scanners change nothing.
import {
  digestIdOrUndefined,
  isValidUnsubscribeToken,
  unsubscribeByToken,
} from '@/lib/newsletter/subscription/unsubscribe';
import { unsubscribePage } from '../../../components/newsletter/unsubscribe-page';

export const dynamic = 'force-dynamic';

const tokenOf = (request: Request) => new URL(request.url).searchParams.get('token') ?? '';
// Which digest's link was used, for that digest's unsubscribe count (docs/0020).
const digestOf = (request: Request) => digestIdOrUndefined(new URL(request.url).searchParams.get('d'));

function html(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  });
}

export async function GET(request: Request): Promise<Response> {
  const token = tokenOf(request);
  const isValid = await isValidUnsubscribeToken(token);
  return html(
    unsubscribePage(isValid ? { kind: 'confirm', token, digestId: digestOf(request) } : { kind: 'invalid' }),
    isValid ? 200 : 404,
  );
}

export async function POST(request: Request): Promise<Response> {
  const body = await request.text().catch(() => '');
  if (new URLSearchParams(body).get('List-Unsubscribe') !== 'One-Click') {
    return new Response('Expected the body List-Unsubscribe=One-Click\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const result = await unsubscribeByToken(tokenOf(request), digestOf(request));
  const wantsHtml = (request.headers.get('accept') ?? '').includes('text/html');
  if (result === 'invalid') {
    return wantsHtml
      ? html(unsubscribePage({ kind: 'invalid' }), 404)
      : new Response('Unknown or invalid unsubscribe link\n', { status: 404 });
  }
  return wantsHtml
    ? html(unsubscribePage({ kind: 'done' }))
    : new Response('Unsubscribed\n', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
