/**
 * True when a state-changing request comes from our own pages. Browsers send Origin on every
 * cross-site POST; a missing Origin (curl, old clients) falls back to Sec-Fetch-Site.
 */
export function isSameOrigin(req: Request): boolean {
  const origin = req.headers.get('origin');
  if (origin) {
    const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = req.headers.get('sec-fetch-site');
  return site === null || site === 'same-origin' || site === 'none';
}
