import type { ArticleDetail } from '@/lib/articles/get-article-by-slug';
import { getEnv } from '@/lib/env';
import { SITE_NAME } from '@/lib/site';

/** schema.org NewsArticle for search engines; `<` is escaped so text cannot close the script. */
export function ArticleJsonLd({ article }: { article: ArticleDetail }) {
  const site = getEnv().SITE_URL;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: `${site}/articles/${article.slug}`,
    headline: article.title,
    description: article.standfirst,
    image: [`${site}${article.heroSrc}`],
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt ?? article.publishedAt).toISOString(),
    articleSection: article.section.name,
    keywords: article.topics.map((t) => t.topic.name).join(', '),
    wordCount: article.wordCount,
    author: article.byline
      ? [{ '@type': 'Person', name: article.byline }]
      : [{ '@type': 'Organization', name: article.source ?? SITE_NAME }],
    ...(article.source ? { sourceOrganization: { '@type': 'Organization', name: article.source } } : {}),
    publisher: { '@type': 'Organization', name: SITE_NAME, url: site },
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
