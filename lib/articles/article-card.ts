// The fields a story list needs; pages never receive more than this for a teaser.
import 'server-only';
import type { Prisma } from '../generated/prisma/client';

export const articleCardSelect = {
  // Keys the grouped comment count (withCommentCounts); not secret.
  id: true,
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

export type ArticleCardRow = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>;
/** A card as lists hand it to the page: the row plus its public comment count. */
export type ArticleCard = ArticleCardRow & { commentCount: number };

export const PAGE_SIZE = 12;

export const publishedOrder = [
  { publishedAt: 'desc' },
  { slug: 'asc' },
] satisfies Prisma.ArticleOrderByWithRelationInput[];
