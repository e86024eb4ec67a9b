import 'server-only';
import { isSlug } from '../content/slugify';
import { db } from '../db';

/** A published article's headline, or null (the comments page needs nothing else). */
export async function getArticleTitle(slug: string): Promise<string | null> {
  if (!isSlug(slug)) return null;
  const article = await db.article.findFirst({ where: { slug, isPublished: true }, select: { title: true } });
  return article?.title ?? null;
}
