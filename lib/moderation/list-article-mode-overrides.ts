import 'server-only';
import { db } from '../db';

/** Articles whose moderation mode differs from the site's, for the settings page. */
export function listArticleModeOverrides() {
  return db.article.findMany({
    where: { moderationMode: { not: null } },
    select: { slug: true, title: true, moderationMode: true },
    orderBy: { slug: 'asc' },
  });
}
