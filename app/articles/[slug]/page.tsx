import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/ArticleBody';
import { ArticleJsonLd } from '@/components/article/ArticleJsonLd';
import { Byline } from '@/components/article/Byline';
import { Figure } from '@/components/article/Figure';
import { RelatedStories } from '@/components/article/RelatedStories';
import { TopicList } from '@/components/article/TopicList';
import { ViewBeacon } from '@/components/article/ViewBeacon';
import { CommentsSlot } from '@/components/comments/CommentsSlot';
import { NewsletterSlot } from '@/components/newsletter/NewsletterSlot';
import { MostRead } from '@/components/stories/MostRead';
import { LatestVideos } from '@/components/videos/LatestVideos';
import { getArticleBySlug } from '@/lib/articles/get-article-by-slug';
import { shareImageFor } from '@/lib/content/email-image';
import { listRelatedArticles } from '@/lib/articles/list-related-articles';
import { countPublicComments } from '@/lib/comments/count-public-comments';
import { CommentCount } from '@/components/stories/CommentCount';
import { listLatestVideos } from '@/lib/videos/list-videos';
import { listMostRead } from '@/lib/views/list-most-read';

export const revalidate = 300;

// Nothing is rendered at build time: each article renders on its first request and is then
// served from the cache (docs/0002-caching.md).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticleBySlug((await params).slug);
  if (!article) return { title: 'Story not found' };
  const url = `/articles/${article.slug}`;
  // Share cards use the PNG/JPEG rendition: social networks show no SVG.
  const image = await shareImageFor({
    src: article.heroSrc,
    width: article.heroWidth,
    height: article.heroHeight,
    alt: article.heroAlt,
  });
  return {
    title: article.title,
    description: article.standfirst,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description: article.standfirst,
      images: [image],
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: (article.updatedAt ?? article.publishedAt).toISOString(),
      section: article.section.name,
      tags: article.topics.map((t) => t.topic.name),
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.standfirst, images: [image] },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticleBySlug((await params).slug);
  if (!article) notFound();
  const [related, mostRead, videos, commentCounts] = await Promise.all([
    listRelatedArticles(article.id, 4),
    listMostRead(5),
    listLatestVideos(3),
    countPublicComments([article.id]),
  ]);
  const commentCount = commentCounts.get(article.id) ?? 0;
  const topics = article.topics.map((t) => t.topic);

  return (
    <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <article className="max-w-3xl min-w-0">
        <ArticleJsonLd article={article} />
        <p className="text-sm font-bold tracking-widest uppercase">
          <Link
            href={`/sections/${article.section.slug}`}
            className="text-[var(--color-brand)] hover:underline dark:text-[var(--color-brand-dark)]"
          >
            {article.section.name}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-4xl leading-tight font-bold md:text-5xl">{article.title}</h1>
        <p className="mt-4 text-xl leading-relaxed text-neutral-700 dark:text-neutral-300">{article.standfirst}</p>
        <Byline
          byline={article.byline}
          source={article.source}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
        />
        {(article.commentsOpen || commentCount > 0) && (
          <p className="mt-2 text-sm" data-print-hide>
            <CommentCount slug={article.slug} count={commentCount} className="font-semibold underline" />
          </p>
        )}
        <Figure
          src={article.heroSrc}
          alt={article.heroAlt}
          width={article.heroWidth}
          height={article.heroHeight}
          captionText={article.heroCaption}
          credit={article.heroCredit}
          sizes="(min-width: 1024px) 768px, 100vw"
          isPriority
        />
        <ArticleBody markdown={article.body} />
        <TopicList topics={topics} />
        <div data-print-hide>
          <RelatedStories articles={related} />
          <NewsletterSlot placement="article" />
          <CommentsSlot articleSlug={article.slug} />
        </div>
        <ViewBeacon slug={article.slug} />
      </article>
      <aside className="space-y-10" aria-label="More from Dispatch">
        <MostRead articles={mostRead} />
        <LatestVideos videos={videos} layout="column" />
      </aside>
    </div>
  );
}
