/**
 * The answer of every rate limit that can set a status: 429 with Retry-After in whole seconds
 * (RFC 9110 §10.2.3), so clients and crawlers know when to come back.
 */
export function tooManyRequests(
  retryAfterSeconds: number,
  message = 'Too many requests. Please wait a moment and try again.',
): Response {
  return new Response(`${message}\n`, {
    status: 429,
    headers: {
      'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
    },
  });
}
