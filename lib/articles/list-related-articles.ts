import 'server-only';
import { db } from '../db';
import { withCommentCounts } from './with-comment-counts';
import { articleCardSelect, type ArticleCard } from './article-card';

/** "Read more": the ranking is precomputed at import (lib/content/related.ts). */
export async function listRelatedArticles(articleId: string, limit = 4): Promise<ArticleCard[]> {
  const rows = await db.relatedArticle.findMany({
    where: { articleId, related: { isPublished: true } },
    orderBy: { rank: 'asc' },
    take: limit,
    select: { related: { select: articleCardSelect } },
  });
  return withCommentCounts(rows.map((r) => r.related));
}
