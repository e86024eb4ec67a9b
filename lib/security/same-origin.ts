import 'server-only';
import { getEnv } from '../env';

/**
 * True when a state-changing request comes from our own pages: its Origin is SITE_URL's, or the
 * host the request was sent to (a proxy may rewrite Host, so SITE_URL is the one that always
 * holds). Browsers send Origin on every cross-site POST; a missing Origin (curl, old clients)
 * falls back to Sec-Fetch-Site.
 */
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  const site = req.headers.get('sec-fetch-site');
  // A page with Referrer-Policy no-referrer posts with `Origin: null`; the browser's own
  // Sec-Fetch-Site (no page can set it) still says where the request came from.
  if (origin === 'null' && site !== null) return site === 'same-origin';
  if (origin) {
    const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
    try {
      const from = new URL(origin);
      return from.origin === new URL(getEnv().SITE_URL).origin || from.host === host;
    } catch {
      return false;
    }
  }
  return site === null || site === 'same-origin' || site === 'none';
}
