// RFC 8058 one-click unsubscribe. POST with `List-Unsubscribe=One-Click` unsubscribes at once:
// no cookie, no CSRF token (the signed token is the authority), idempotent, 200 without a
// redirect. GET only shows a page with one button, so link scanners change nothing.
import {
  digestIdOrUndefined,
  isValidUnsubscribeToken,
  unsubscribeByToken,
} from '@/lib/newsletter/subscription/unsubscribe';
import { htmlResponse, oneClickAnswer, refuseUnlessOneClick, tokenOf } from '@/lib/mail/one-click';
import { unsubscribePage } from '../../../components/newsletter/unsubscribe-page';

export const dynamic = 'force-dynamic';

// Which digest's link was used, for that digest's unsubscribe count (docs/0020).
const digestOf = (request: Request) => digestIdOrUndefined(new URL(request.url).searchParams.get('d'));

export async function GET(request: Request): Promise<Response> {
  const token = tokenOf(request);
  const isValid = await isValidUnsubscribeToken(token);
  return htmlResponse(
    unsubscribePage(isValid ? { kind: 'confirm', token, digestId: digestOf(request) } : { kind: 'invalid' }),
    isValid ? 200 : 404,
  );
}

export async function POST(request: Request): Promise<Response> {
  const refused = await refuseUnlessOneClick(request);
  if (refused) return refused;
  const result = await unsubscribeByToken(tokenOf(request), digestOf(request));
  if (result === 'invalid')
    return oneClickAnswer(request, {
      page: unsubscribePage({ kind: 'invalid' }),
      text: 'Unknown or invalid unsubscribe link',
      status: 404,
    });
  return oneClickAnswer(request, { page: unsubscribePage({ kind: 'done' }), text: 'Unsubscribed' });
}
