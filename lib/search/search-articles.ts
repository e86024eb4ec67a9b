import 'server-only';
import { db } from '../db';
import { isPostgres } from '../env';
import { articleCardSelect, PAGE_SIZE, type ArticleCard } from '../articles/article-card';
import { withCommentCounts } from '../articles/with-comment-counts';
import { querySearchIndex } from './query-search-index';

export type SearchHit = ArticleCard & { titleMarked: string; snippetMarked: string };
export type SearchResult = { hits: SearchHit[]; total: number; page: number; pageCount: number };

export async function searchArticles(input: string, page = 1): Promise<SearchResult> {
  const index = await querySearchIndex(
    db,
    isPostgres() ? 'postgresql' : 'sqlite',
    input,
    PAGE_SIZE,
    (page - 1) * PAGE_SIZE,
  );
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
