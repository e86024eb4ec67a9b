import 'server-only';
import { cache } from 'react';
import { isSlug } from '../content/slugify';
import { db } from '../db';

export const videoCardSelect = {
  slug: true,
  title: true,
  publishedAt: true,
  durationSec: true,
  posterSrc: true,
  posterAlt: true,
  posterCaption: true,
  posterCredit: true,
} as const;

export async function listLatestVideos(limit: number) {
  return db.video.findMany({
    where: { isPublished: true },
    orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
    take: limit,
    select: videoCardSelect,
  });
}

export type VideoCard = Awaited<ReturnType<typeof listLatestVideos>>[number];

// React cache(): generateMetadata and the page ask for the same record in one render.
export const getVideoBySlug = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  return db.video.findFirst({
    where: { slug, isPublished: true },
    select: {
      ...videoCardSelect,
      posterWidth: true,
      posterHeight: true,
      src: true,
      body: true,
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { position: 'asc' } },
    },
  });
});
