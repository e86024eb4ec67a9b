import type { MetadataRoute } from 'next';
import { listSitemapEntries } from '@/lib/articles/list-sitemap-entries';
import { getEnv } from '@/lib/env';

export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = getEnv().SITE_URL;
  const { articles, sections, topics, videos } = await listSitemapEntries();
  return [
    { url: `${site}/`, changeFrequency: 'hourly', priority: 1 },
    ...articles.map((a) => ({
      url: `${site}/articles/${a.slug}`,
      lastModified: a.updatedAt ?? a.publishedAt,
      priority: 0.8,
    })),
    ...sections.map((s) => ({ url: `${site}/sections/${s.slug}`, changeFrequency: 'hourly' as const, priority: 0.6 })),
    ...topics.map((t) => ({ url: `${site}/topics/${t.slug}`, changeFrequency: 'daily' as const, priority: 0.5 })),
    { url: `${site}/videos`, changeFrequency: 'daily', priority: 0.5 },
    ...videos.map((v) => ({ url: `${site}/videos/${v.slug}`, lastModified: v.publishedAt, priority: 0.4 })),
  ];
}
