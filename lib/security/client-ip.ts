// One client identity for every limit and the views beacon. The address is decided once, by the
// server in front of Next (scripts/serve.ts), from the socket and — only as far as TRUST_PROXY
// says — X-Forwarded-For, then handed to the app in a header that server always overwrites.
import { isIP } from 'node:net';

/** Set by scripts/serve.ts on every request; whatever a client sends under this name is replaced. */
export const CLIENT_IP_HEADER = 'x-dispatch-client-ip';
/** Set by scripts/serve.ts when the request came from this machine with no proxy header at all. */
export const LOOPBACK_HEADER = 'x-dispatch-loopback';

/**
 * The client's address: the socket's with no trusted proxy; with `trustProxy` proxies in front,
 * the entry that many hops from the right of X-Forwarded-For (each proxy appends the address it
 * saw, so only the right-most entries were written by someone we trust; the left ones are the
 * client's own words). Too few entries: the left-most there is.
 */
export function resolveClientIp(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: number,
): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress ?? ''];
  const picked = chain[Math.max(0, chain.length - 1 - trustProxy)] ?? '';
  return addressKey(picked);
}

/**
 * The bucket for an address: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by its /64 — one
 * subscriber line gets a whole /64, so counting single IPv6 addresses would count nothing.
 */
export function addressKey(address: string): string {
  let a = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a)) a = a.slice(7);
  const kind = isIP(a);
  if (kind === 4) return a;
  if (kind === 6) return `${expandIpv6(a).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

function expandIpv6(a: string): string[] {
  const [head, tail] = a.toLowerCase().split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4 forms other than the mapped one) counts as two groups.
  const fill = tail === undefined ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => g.replace(/^0+(?=.)/, ''));
}

/** A socket address on this machine: 127.0.0.0/8, ::1, or 127.x mapped into IPv6. */
export function isLoopbackSocket(address: string | undefined): boolean {
  const a = (address ?? '').replace(/^::ffff:/i, '');
  return /^127\.\d+\.\d+\.\d+$/.test(a) || a === '::1';
}

/** The client's address as decided by the server in front; "unknown" only under a server that does not set it. */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) || 'unknown';
}

/** True only for a browser on this machine talking to the server directly (no proxy in between). */
export function isLocalClient(headers: Headers): boolean {
  return headers.get(LOOPBACK_HEADER) === '1';
}
