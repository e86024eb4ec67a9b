// The emailed sign-in link, completed in two steps: the link (GET) only shows /signin/confirm,
// and that page's button posts here from our own origin. So neither a mail scanner fetching the
// link nor a foreign page (login CSRF: signing a victim's browser into the attacker's account)
// can spend a token or set a session; refuseAuthPost has already refused cross-site posts.
import 'server-only';
import { handleAuthRequest, AUTH_BASE_PATH } from './auth';
import { getEnv } from '../env';

export const EMAIL_CALLBACK_PATH = `${AUTH_BASE_PATH}/callback/email`;
/** Read once by the header (AccountSlot) to say "Signed in as …" on the page the reader lands on. */
export const SIGNED_IN_NOTICE_COOKIE = 'dispatch-notice';

const FIELDS = ['token', 'email', 'callbackUrl'] as const;

/** GET of the callback: never signs in; shows the confirmation page for the same link. */
export function redirectToConfirmPage(req: Request): Response {
  const from = new URL(req.url).searchParams;
  const to = new URL('/signin/confirm', getEnv().SITE_URL);
  for (const key of FIELDS) {
    const value = from.get(key);
    if (value) to.searchParams.set(key, value);
  }
  return new Response(null, {
    status: 303,
    headers: { location: to.toString(), 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
}

/** The confirmation page's same-origin POST: hands the link's fields to Auth.js's callback. */
export async function completeEmailSignIn(req: Request): Promise<Response> {
  const form = await req.formData().catch(() => null);
  const query = new URLSearchParams();
  for (const key of FIELDS) {
    const value = form?.get(key);
    if (typeof value === 'string' && value) query.set(key, value);
  }
  const headers = new Headers(req.headers);
  headers.delete('content-type');
  headers.delete('content-length');
  const response = await handleAuthRequest(
    new Request(`${getEnv().SITE_URL}${EMAIL_CALLBACK_PATH}?${query}`, { method: 'GET', headers }),
  );
  const location = response.headers.get('location') ?? '';
  if (
    response.status === 302 &&
    response.headers.getSetCookie().some((c) => /session-token=[^;]/.test(c)) &&
    !location.includes('/signin/error')
  ) {
    const secure = getEnv().SITE_URL.startsWith('https:') ? '; Secure' : '';
    response.headers.append(
      'set-cookie',
      `${SIGNED_IN_NOTICE_COOKIE}=signed-in; Path=/; Max-Age=120; SameSite=Lax${secure}`,
    );
  }
  // 303: the browser follows with a GET to the page the reader started from.
  return new Response(null, { status: response.status === 302 ? 303 : response.status, headers: response.headers });
}
