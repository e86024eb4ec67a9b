import 'server-only';
import { cache } from 'react';
import { isSlug } from '../content/slugify';
import { db } from '../db';

// React cache(): generateMetadata and the page ask for the same record in one render.
export const getArticleBySlug = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.article.findFirst({
    where: { slug, isPublished: true },
    select: {
      id: true,
      slug: true,
      title: true,
      standfirst: true,
      byline: true,
      source: true,
      publishedAt: true,
      updatedAt: true,
      body: true,
      wordCount: true,
      heroSrc: true,
      heroAlt: true,
      heroCaption: true,
      heroCredit: true,
      heroWidth: true,
      heroHeight: true,
      commentsOpen: true,
      section: { select: { slug: true, name: true } },
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { position: 'asc' } },
    },
  });
});

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticleBySlug>>>;
