import 'server-only';
import { db } from '../db';
import { withCommentCounts } from '../articles/with-comment-counts';
import { articleCardSelect, type ArticleCard } from '../articles/article-card';

// Widen the window until there is enough traffic to rank: 48 hours, then a week, then a month.
const WINDOWS_HOURS = [48, 24 * 7, 24 * 30];

export async function listMostRead(limit = 5, now = new Date()): Promise<ArticleCard[]> {
  for (const hours of WINDOWS_HOURS) {
    const since = new Date(now.getTime() - hours * 3600 * 1000);
    const top = await db.articleViewHour.groupBy({
      by: ['articleId'],
      where: { hour: { gte: since }, article: { isPublished: true } },
      _sum: { count: true },
      orderBy: [{ _sum: { count: 'desc' } }, { articleId: 'asc' }],
      take: limit,
    });
    if (top.length < limit && hours !== WINDOWS_HOURS.at(-1)) continue;
    if (top.length === 0) return [];
    const articles = await db.article.findMany({
      where: { id: { in: top.map((t) => t.articleId) } },
      select: articleCardSelect,
    });
    const byId = new Map(articles.map((a) => [a.id, a]));
    return withCommentCounts(top.flatMap((t) => byId.get(t.articleId) ?? []));
  }
  return [];
}
