import 'server-only';
import { LRUCache } from 'lru-cache';
import { db } from '../db';
import { isPostgres } from '../env';
import { articleCardSelect, PAGE_SIZE, type ArticleCard } from '../articles/article-card';
import { withCommentCounts } from '../articles/with-comment-counts';
import { toFtsQuery } from './fts-query';
import { querySearchIndex, type SearchProvider } from './query-search-index';

export type SearchHit = ArticleCard & { titleMarked: string; snippetMarked: string };
export type SearchResult = { hits: SearchHit[]; total: number; page: number; pageCount: number };

// Results per normalised query for a few seconds: a popular query asked by many readers at once
// costs one index query, and readers asking at the same moment share it (the promise is kept).
// A story imported meanwhile appears in search at most this much later. Bounded by entries.
export const SEARCH_CACHE_TTL_MS = 5000;
export const SEARCH_CACHE_MAX = 500;
export const searchResultCache = new LRUCache<string, Promise<SearchResult>>({
  max: SEARCH_CACHE_MAX,
  ttl: SEARCH_CACHE_TTL_MS,
});

/** One key for every way of typing the same query (case, spacing, punctuation). */
export function searchResultKey(provider: SearchProvider, input: string, page: number): string {
  return `${provider}\0${page}\0${(toFtsQuery(input) ?? '').toLowerCase()}`;
}

export async function searchArticles(input: string, page = 1): Promise<SearchResult> {
  const provider = isPostgres() ? 'postgresql' : 'sqlite';
  const key = searchResultKey(provider, input, page);
  const known = searchResultCache.get(key);
  if (known) return known;
  const result = searchUncached(provider, input, page);
  searchResultCache.set(key, result);
  result.catch(() => searchResultCache.delete(key));
  return result;
}

async function searchUncached(provider: SearchProvider, input: string, page: number): Promise<SearchResult> {
  const index = await querySearchIndex(db, provider, input, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  if (index.total === 0) return { hits: [], total: 0, page, pageCount: 1 };
  const cards = await withCommentCounts(
    await db.article.findMany({
      where: { id: { in: index.hits.map((r) => r.articleId) }, isPublished: true },
      select: articleCardSelect,
    }),
  );
  const byId = new Map(cards.map((c) => [c.id, c]));
  const hits = index.hits.flatMap((r) => {
    const card = byId.get(r.articleId);
    if (!card) return [];
    return [{ ...card, titleMarked: r.titleMarked, snippetMarked: r.snippetMarked }];
  });
  return { hits, total: index.total, page, pageCount: Math.max(1, Math.ceil(index.total / PAGE_SIZE)) };
}
