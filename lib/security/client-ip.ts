/**
 * The reader's address for rate limits: the first X-Forwarded-For entry (set by the proxy in front
 * of the site, docs/0005), else X-Real-IP. Never stored.
 */
export function clientIp(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown';
}
