// The fields a story list needs; pages never receive more than this for a teaser.
import 'server-only';
import type { Prisma } from '../generated/prisma/client';

export const articleCardSelect = {
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  updatedAt: true,
  heroSrc: true,
  heroAlt: true,
  // Feeds credit the story (byline, else the agency).
  byline: true,
  source: true,
  section: { select: { slug: true, name: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleCard = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>;

export const PAGE_SIZE = 12;

export const publishedOrder = [
  { publishedAt: 'desc' },
  { slug: 'asc' },
] satisfies Prisma.ArticleOrderByWithRelationInput[];
