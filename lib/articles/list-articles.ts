import 'server-only';
import { db } from '../db';
import { withCommentCounts } from './with-comment-counts';
import { articleCardSelect, PAGE_SIZE, publishedOrder, type ArticleCard } from './article-card';

export type ArticlePage = { items: ArticleCard[]; page: number; pageCount: number; total: number };

type Filter = { section?: string; topic?: string };

function whereFor(filter: Filter) {
  return {
    isPublished: true,
    ...(filter.section ? { sectionSlug: filter.section } : {}),
    ...(filter.topic ? { topics: { some: { topicSlug: filter.topic } } } : {}),
  };
}

export async function listArticlesPage(filter: Filter, page: number, pageSize = PAGE_SIZE): Promise<ArticlePage> {
  const where = whereFor(filter);
  const [total, items] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: publishedOrder,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: articleCardSelect,
    }),
  ]);
  return { items: await withCommentCounts(items), page, pageCount: Math.max(1, Math.ceil(total / pageSize)), total };
}

export async function listLatestArticles(limit: number, filter: Filter = {}): Promise<ArticleCard[]> {
  return withCommentCounts(
    await db.article.findMany({
      where: whereFor(filter),
      orderBy: publishedOrder,
      take: limit,
      select: articleCardSelect,
    }),
  );
}
