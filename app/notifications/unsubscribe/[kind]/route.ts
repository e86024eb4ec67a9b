// RFC 8058 one-click target of comment emails, one path per kind (replies, approvals,
// report-alerts). POST with `List-Unsubscribe=One-Click` turns that kind off: no cookie, no CSRF
// token (the signed token is the authority), idempotent, 200. GET only shows a one-button page.
import { checkNotificationToken, turnOffByToken } from '@/lib/notifications/turn-off-by-token';
import { notificationUnsubscribePage } from '@/components/account/notification-unsubscribe-page';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ kind: string }> };

const tokenOf = (request: Request) => new URL(request.url).searchParams.get('token') ?? '';

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

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { kind } = await params;
  const token = tokenOf(request);
  const checked = await checkNotificationToken(kind, token);
  if (!checked) return html(notificationUnsubscribePage({ kind: 'invalid' }), 404);
  const action = `/notifications/unsubscribe/${kind}?token=${encodeURIComponent(token)}`;
  return html(notificationUnsubscribePage({ kind: 'confirm', what: checked.kind, action }));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { kind } = await params;
  const body = await request.text().catch(() => '');
  if (new URLSearchParams(body).get('List-Unsubscribe') !== 'One-Click')
    return new Response('Expected the body List-Unsubscribe=One-Click\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const done = await turnOffByToken(kind, tokenOf(request));
  const wantsHtml = (request.headers.get('accept') ?? '').includes('text/html');
  if (!done)
    return wantsHtml
      ? html(notificationUnsubscribePage({ kind: 'invalid' }), 404)
      : new Response('Unknown or invalid link\n', { status: 404 });
  return wantsHtml
    ? html(notificationUnsubscribePage({ kind: 'done', what: done }))
    : new Response('Turned off\n', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
