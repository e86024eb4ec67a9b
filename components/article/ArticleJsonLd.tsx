import type { ArticleDetail } from '@/lib/articles/get-article-by-slug';
import { findShareImage } from '@/lib/content/email-image';
import { getEnv } from '@/lib/env';
import { SITE_NAME } from '@/lib/site';

/** schema.org NewsArticle for search engines; `<` is escaped so text cannot close the script. */
export async function ArticleJsonLd({ article }: { article: ArticleDetail }) {
  const site = getEnv().SITE_URL;
  // The raster rendition where there is one: search engines show no SVG.
  const card = await findShareImage(article.heroSrc);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: `${site}/articles/${article.slug}`,
    headline: article.title,
    description: article.standfirst,
    image: [card ? new URL(card.url, site).href : `${site}${article.heroSrc}`],
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt ?? article.publishedAt).toISOString(),
    articleSection: article.section.name,
    keywords: article.topics.map((t) => t.topic.name).join(', '),
    wordCount: article.wordCount,
    author: article.byline
      ? [{ '@type': 'Person', name: article.byline }]
      : [{ '@type': 'Organization', name: article.source ?? SITE_NAME }],
    ...(article.source ? { sourceOrganization: { '@type': 'Organization', name: article.source } } : {}),
    // A raster logo (app/apple-icon.png, 180 px): search engines take no SVG here.
    publisher: {
      '@type': 'Organization',
      name: SITE_NAME,
      url: site,
      logo: { '@type': 'ImageObject', url: `${site}/apple-icon.png`, width: 180, height: 180 },
    },
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
