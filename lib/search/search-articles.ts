import { db } from '../db';
import { articleCardSelect, PAGE_SIZE, type ArticleCard } from '../articles/article-card';
import { MARK_END, MARK_START, toFtsQuery } from './fts-query';

export type SearchHit = ArticleCard & { titleMarked: string; snippetMarked: string };
export type SearchResult = { hits: SearchHit[]; total: number; page: number; pageCount: number };

const EMPTY = (page: number): SearchResult => ({ hits: [], total: 0, page, pageCount: 1 });

// SQLite FTS5 (see migration 20261126000000_init). PostgreSQL full-text search is issue #7's part.
export async function searchArticles(input: string, page = 1): Promise<SearchResult> {
  const match = toFtsQuery(input);
  if (!match) return EMPTY(page);
  const [{ total }] = await db.$queryRaw<{ total: number | bigint }[]>`
    SELECT count(*) AS total FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}`;
  const count = Number(total);
  if (count === 0) return EMPTY(page);
  const rows = await db.$queryRaw<{ articleId: string; titleMarked: string; snippetMarked: string }[]>`
    SELECT "articleId",
      highlight("ArticleSearch", 1, ${MARK_START}, ${MARK_END}) AS "titleMarked",
      snippet("ArticleSearch", -1, ${MARK_START}, ${MARK_END}, '…', 28) AS "snippetMarked"
    FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}
    ORDER BY bm25("ArticleSearch", 0, 8, 4, 1)
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  const cards = await db.article.findMany({ where: { id: { in: rows.map((r) => r.articleId) }, isPublished: true }, select: { id: true, ...articleCardSelect } });
  const byId = new Map(cards.map((c) => [c.id, c]));
  const hits = rows.flatMap((r) => {
    const card = byId.get(r.articleId);
    if (!card) return [];
    const { id: _id, ...rest } = card;
    return [{ ...rest, titleMarked: r.titleMarked, snippetMarked: r.snippetMarked }];
  });
  return { hits, total: count, page, pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)) };
}
