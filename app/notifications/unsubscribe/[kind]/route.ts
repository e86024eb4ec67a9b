// RFC 8058 one-click target of comment emails, one path per kind (replies, approvals,
// report-alerts). POST with `List-Unsubscribe=One-Click` turns that kind off: no cookie, no CSRF
// token (the signed token is the authority), idempotent, 200. GET only shows a one-button page.
import { htmlResponse, oneClickAnswer, refuseUnlessOneClick, tokenOf } from '@/lib/mail/one-click';
import { checkNotificationToken, turnOffByToken } from '@/lib/notifications/turn-off-by-token';
import { notificationUnsubscribePage } from '@/components/account/notification-unsubscribe-page';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ kind: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { kind } = await params;
  const token = tokenOf(request);
  const checked = await checkNotificationToken(kind, token);
  if (!checked) return htmlResponse(notificationUnsubscribePage({ kind: 'invalid' }), 404);
  const action = `/notifications/unsubscribe/${kind}?token=${encodeURIComponent(token)}`;
  return htmlResponse(notificationUnsubscribePage({ kind: 'confirm', what: checked.kind, action }));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { kind } = await params;
  const refused = await refuseUnlessOneClick(request);
  if (refused) return refused;
  const done = await turnOffByToken(kind, tokenOf(request));
  if (!done)
    return oneClickAnswer(request, {
      page: notificationUnsubscribePage({ kind: 'invalid' }),
      text: 'Unknown or invalid link',
      status: 404,
    });
  return oneClickAnswer(request, {
    page: notificationUnsubscribePage({ kind: 'done', what: done }),
    text: 'Turned off',
  });
}
