// Counts a page view once per client and article in a short window, without cookies: the client
// is a hash of address and user agent with a salt that changes every day and is never stored.
import 'server-only';
import crypto from 'node:crypto';

export type ViewDeduper = { shouldCount(client: string, articleSlug: string, now?: number): boolean; size(): number };

export function createViewDeduper({ windowMs = 30 * 60 * 1000, maxEntries = 100_000 } = {}): ViewDeduper {
  const seen = new Map<string, number>();
  const salt = { day: '', value: '' };

  function keyFor(client: string, slug: string, now: number): string {
    const day = new Date(now).toISOString().slice(0, 10);
    if (salt.day !== day) {
      salt.day = day;
      salt.value = crypto.randomBytes(16).toString('hex');
    }
    return crypto.createHash('sha256').update(`${salt.value}|${client}|${slug}`).digest('base64url');
  }

  return {
    shouldCount(client, slug, now = Date.now()) {
      const key = keyFor(client, slug, now);
      const last = seen.get(key);
      if (last !== undefined && now - last < windowMs) return false;
      seen.delete(key); // re-insert so the Map stays ordered oldest-first
      seen.set(key, now);
      // Evict the oldest entries: expired ones first, then any over the cap.
      for (const [k, t] of seen) {
        if (now - t < windowMs && seen.size <= maxEntries) break;
        seen.delete(k);
      }
      return true;
    },
    size: () => seen.size,
  };
}
