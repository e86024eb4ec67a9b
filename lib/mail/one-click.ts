// What both RFC 8058 one-click targets (newsletter, comment emails) share: the signed token in
// the query, the body check, and an answer a mail provider's server or a browser can read.

export const tokenOf = (request: Request) => new URL(request.url).searchParams.get('token') ?? '';

export function htmlResponse(body: string, status = 200): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  });
}

/** null for a `List-Unsubscribe=One-Click` body; otherwise the 400 to answer with. */
export async function refuseUnlessOneClick(request: Request): Promise<Response | null> {
  const body = await request.text().catch(() => '');
  if (new URLSearchParams(body).get('List-Unsubscribe') === 'One-Click') return null;
  return new Response('Expected the body List-Unsubscribe=One-Click\n', {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** The page for a browser (the GET page's button), a line of text for a mail provider. */
export function oneClickAnswer(request: Request, answer: { page: string; text: string; status?: number }): Response {
  const status = answer.status ?? 200;
  if ((request.headers.get('accept') ?? '').includes('text/html')) return htmlResponse(answer.page, status);
  return new Response(`${answer.text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
