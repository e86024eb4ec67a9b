// The content importer runs in its own process; it asks the running server to drop the cached
// pages it changed with a signed request to /api/revalidate (docs/0002-caching.md).
import { sign, verify } from '../security/hmac';

const PURPOSE = 'revalidate';
const MAX_AGE_MS = 5 * 60 * 1000;

export type RevalidationRequest = { paths: string[]; all?: boolean; issuedAt: number };

export function signRevalidation(secret: string, body: RevalidationRequest): { body: string; signature: string } {
  const text = JSON.stringify(body);
  return { body: text, signature: sign(secret, PURPOSE, text) };
}

export function verifyRevalidation(
  secret: string,
  text: string,
  signature: string,
  now = Date.now(),
): RevalidationRequest | undefined {
  if (!verify(secret, PURPOSE, text, signature)) return undefined;
  const body = JSON.parse(text) as RevalidationRequest;
  if (typeof body.issuedAt !== 'number' || Math.abs(now - body.issuedAt) > MAX_AGE_MS) return undefined;
  if (!Array.isArray(body.paths) || !body.paths.every((p) => typeof p === 'string' && p.startsWith('/')))
    return undefined;
  return body;
}

/** Tells the server on this machine; quietly does nothing when no server is running. */
export async function requestRevalidation(
  secret: string,
  port: number,
  paths: string[],
  all = false,
): Promise<'done' | 'no-server'> {
  if (!all && paths.length === 0) return 'done';
  const { body, signature } = signRevalidation(secret, { paths, all, issuedAt: Date.now() });
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dispatch-signature': signature },
      body,
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`revalidation answered ${res.status}`);
    return 'done';
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return 'no-server';
    throw err;
  }
}
