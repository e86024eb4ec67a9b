import 'server-only';
import { db } from '../db';

/** Everything the sitemap lists: published articles and videos, and the sections and topics that have them. */
export async function listSitemapEntries() {
  const [articles, sections, topics, videos] = await Promise.all([
    db.article.findMany({
      where: { isPublished: true },
      select: { slug: true, publishedAt: true, updatedAt: true },
      orderBy: { publishedAt: 'desc' },
    }),
    db.section.findMany({ where: { articles: { some: { isPublished: true } } }, select: { slug: true } }),
    db.topic.findMany({ where: { articles: { some: { article: { isPublished: true } } } }, select: { slug: true } }),
    db.video.findMany({ where: { isPublished: true }, select: { slug: true, publishedAt: true } }),
  ]);
  return { articles, sections, topics, videos };
}
