// The digest's story links go through /newsletter/r/{digestId}/{articleId}: one counter per
// (digest, story) goes up and the reader lands on the story. Nothing about the reader is kept —
// no subscriber, address, IP, user agent or time (docs/0020-digest-numbers.md).
import 'server-only';
import { db } from '../../db';
import { retryOnUniqueRace } from '../../db-unique-race';

const ID = /^[a-z0-9]{10,40}$/;

export type DigestClickTarget = { slug: string } | null;

/**
 * The story's own path on our site when the digest exists and carried that story, else null (the
 * caller answers 404). The target is looked up from the ids, never taken from the request.
 * `isCounted: false` for bots, prefetchers and HEAD requests: they follow the link, uncounted.
 */
export async function recordDigestClick(
  digestId: string,
  articleId: string,
  { isCounted }: { isCounted: boolean },
): Promise<DigestClickTarget> {
  if (!ID.test(digestId) || !ID.test(articleId)) return null;
  const [digest, article] = await Promise.all([
    db.digest.findUnique({ where: { id: digestId }, select: { articleIds: true } }),
    db.article.findUnique({ where: { id: articleId }, select: { slug: true, isPublished: true } }),
  ]);
  if (!digest || !article?.isPublished) return null;
  if (!(JSON.parse(digest.articleIds) as string[]).includes(articleId)) return null;
  if (isCounted) await incrementClick(digestId, articleId);
  return { slug: article.slug };
}

// Two first clicks at once: one insert wins, the other's retry becomes an increment.
async function incrementClick(digestId: string, articleId: string): Promise<void> {
  await retryOnUniqueRace(() =>
    db.digestClick.upsert({
      where: { digestId_articleId: { digestId, articleId } },
      create: { digestId, articleId, count: 1 },
      update: { count: { increment: 1 } },
    }),
  );
}
