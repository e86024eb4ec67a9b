// The answer to a write while the database cannot take one (another process holds SQLite's write
// lock): 503 with Retry-After in whole seconds (RFC 9110 §15.6.4), with the security headers every
// response carries, since this one is made before Next's own headers would be added.
import { getEnv } from '../env';
import { securityHeaders } from './security-headers';

export const DATABASE_BUSY_MESSAGE =
  'The site is busy saving other changes and could not take yours. Please try again in a few seconds.';

export function serviceUnavailable(retryAfterSeconds: number, message = DATABASE_BUSY_MESSAGE): Response {
  const env = getEnv();
  const headers = new Headers({
    'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  for (const { key, value } of securityHeaders({
    dev: env.NODE_ENV === 'development',
    https: env.SITE_URL.startsWith('https:'),
  }))
    headers.set(key, value);
  return new Response(`${message}\n`, { status: 503, headers });
}
