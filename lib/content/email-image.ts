// The email rendition (PNG/JPEG, made at import) of media URLs, for emails and share cards:
// places that SVG cannot go.
import type { PrismaClient } from '../generated/prisma/client';
import { mediaUrl, parseMediaUrl } from './media-url';
import { cache } from 'react';

/** The width an email shows a picture at (its content column); renditions are twice that. */
export const EMAIL_IMAGE_WIDTH = 496;

export type EmailImage = { url: string; width: number; height: number };

/** Media URL (`/media/<name>`) → its rendition; URLs without one are left out. */
export async function findEmailImages(db: PrismaClient, urls: string[]): Promise<Map<string, EmailImage>> {
  const names = [...new Set(urls.filter((u) => parseMediaUrl(u)).map((u) => u.slice('/media/'.length)))];
  if (names.length === 0) return new Map();
  const rows = await db.mediaAsset.findMany({
    where: { sourceName: { in: names } },
    select: { name: true, width: true, height: true, sourceName: true },
    orderBy: { createdAt: 'asc' },
  });
  return new Map(rows.map((r) => [mediaUrl(r.sourceName!), { url: mediaUrl(r.name), width: r.width, height: r.height }]));
}

/**
 * The raster share card (og:image, JSON-LD) for one picture, or undefined before it has been made.
 * React cache(): the page's metadata and its JSON-LD ask for the same picture in one render.
 */
export const findShareImage = cache(async (url: string): Promise<EmailImage | undefined> => {
  // Imported here, not at the top: the importer (and the tests that point lib/db at their own
  // database before first use) import this file, and lib/db connects on first import.
  const { db } = await import('../db');
  return (await findEmailImages(db, [url])).get(url);
});

/** og:image / twitter:image for a picture: its raster rendition, else the original as imported. */
export async function shareImageFor(picture: { src: string; width: number; height: number; alt: string }) {
  const card = await findShareImage(picture.src);
  return card ? { ...card, alt: picture.alt } : { url: picture.src, width: picture.width, height: picture.height, alt: picture.alt };
}
