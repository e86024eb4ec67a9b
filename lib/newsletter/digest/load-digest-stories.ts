// Reads what a digest is made of: ranked candidates (most read in the period + recency) when a
// digest is created, and the frozen stories with everything an email shows when it is sent.
import { findEmailImages, type EmailImage } from '../../content/email-image';
import { db } from '../../db';
import { rankCandidates, type Candidate } from './digest-ranking';

export type DigestArticle = Candidate & {
  slug: string;
  title: string;
  standfirst: string;
  sectionName: string;
  heroSrc: string;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  /** The PNG/JPEG rendition of the hero that emails show; null when the import made none. */
  heroEmail: EmailImage | null;
};

const CANDIDATE_LIMIT = 200;
export const RANKED_LIMIT = 100;

export async function loadRankedArticleIds(
  periodStart: Date,
  periodEnd: Date,
  halfLifeHours: number,
): Promise<string[]> {
  const [articles, views] = await Promise.all([
    db.article.findMany({
      where: { isPublished: true, publishedAt: { lte: periodEnd } },
      orderBy: [{ publishedAt: 'desc' }, { slug: 'asc' }],
      take: CANDIDATE_LIMIT,
      select: { id: true, sectionSlug: true, publishedAt: true },
    }),
    db.articleViewHour.groupBy({
      by: ['articleId'],
      where: { hour: { gte: periodStart, lt: periodEnd } },
      _sum: { count: true },
    }),
  ]);
  const viewsById = new Map(views.map((v) => [v.articleId, v._sum.count ?? 0]));
  const candidates = articles.map((a) => ({ ...a, topicSlugs: [], views: viewsById.get(a.id) ?? 0 }));
  return rankCandidates(candidates, periodEnd, halfLifeHours)
    .slice(0, RANKED_LIMIT)
    .map((c) => c.id);
}

/** The frozen ranked list with story details, in rank order (stories deleted since are dropped). */
export async function loadDigestArticles(articleIds: string[]): Promise<DigestArticle[]> {
  const rows = await db.article.findMany({
    where: { id: { in: articleIds } },
    select: {
      id: true,
      slug: true,
      title: true,
      standfirst: true,
      sectionSlug: true,
      publishedAt: true,
      heroSrc: true,
      heroAlt: true,
      heroCaption: true,
      heroCredit: true,
      section: { select: { name: true } },
      topics: { select: { topicSlug: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const emailImages = await findEmailImages(
    db,
    rows.map((r) => r.heroSrc),
  );
  return articleIds.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const { section, topics, ...rest } = r;
    return [
      {
        ...rest,
        sectionName: section.name,
        topicSlugs: topics.map((t) => t.topicSlug),
        views: 0,
        heroEmail: emailImages.get(r.heroSrc) ?? null,
      },
    ];
  });
}
