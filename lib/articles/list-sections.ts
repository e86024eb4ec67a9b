import { cache } from 'react';
import { isSlug } from '../content/slugify';
import { db } from '../db';

/** Sections that have published stories, biggest first, for navigation and the front page. */
export async function listSections() {
  const sections = await db.section.findMany({
    select: { slug: true, name: true, _count: { select: { articles: { where: { isPublished: true } } } } },
  });
  return sections
    .filter((s) => s._count.articles > 0)
    .sort((a, b) => b._count.articles - a._count.articles || a.slug.localeCompare(b.slug))
    .map(({ slug, name }) => ({ slug, name }));
}

// React cache(): generateMetadata and the page ask for the same record in one render.
export const getSection = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.section.findUnique({ where: { slug }, select: { slug: true, name: true } });
});

// React cache(): generateMetadata and the page ask for the same record in one render.
export const getTopic = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.topic.findUnique({ where: { slug }, select: { slug: true, name: true } });
});
