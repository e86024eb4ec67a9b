import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/ArticleBody';
import { Figure } from '@/components/article/Figure';
import { TopicList } from '@/components/article/TopicList';
import { shareImageFor } from '@/lib/content/email-image';
import { durationLabel, formatDateTime, formatDuration } from '@/lib/site';
import { getVideoBySlug } from '@/lib/videos/list-videos';

export const revalidate = 300;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const video = await getVideoBySlug((await params).slug);
  if (!video) return { title: 'Video not found' };
  // Share cards use the PNG/JPEG rendition: social networks show no SVG.
  const image = await shareImageFor({
    src: video.posterSrc,
    width: video.posterWidth,
    height: video.posterHeight,
    alt: video.posterAlt,
  });
  return {
    title: video.title,
    description: video.posterCaption,
    alternates: { canonical: `/videos/${video.slug}` },
    openGraph: {
      type: 'video.other',
      title: video.title,
      description: video.posterCaption,
      images: [image],
    },
  };
}

export default async function VideoPage({ params }: Props) {
  const video = await getVideoBySlug((await params).slug);
  if (!video) notFound();
  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm font-bold tracking-widest text-[var(--color-brand)] uppercase dark:text-[var(--color-brand-dark)]">
        Video
      </p>
      <h1 className="mt-2 font-serif text-4xl leading-tight font-bold">{video.title}</h1>
      <p className="mt-3 text-sm text-neutral-600 dark:text-neutral-400">
        <time dateTime={video.publishedAt.toISOString()}>{formatDateTime(video.publishedAt)}</time>
        <span aria-hidden="true"> · </span>
        <span aria-label={`Duration ${durationLabel(video.durationSec)}`}>{formatDuration(video.durationSec)}</span>
      </p>
      {video.src ? (
        <figure className="my-6">
          <iframe
            src={video.src}
            title={video.title}
            className="aspect-video w-full"
            allow="fullscreen; picture-in-picture"
            sandbox="allow-scripts allow-same-origin allow-presentation"
            loading="lazy"
          />
          <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
            {video.posterCaption} <span className="text-xs tracking-wide uppercase">{video.posterCredit}</span>
          </figcaption>
        </figure>
      ) : (
        <Figure
          src={video.posterSrc}
          alt={video.posterAlt}
          width={video.posterWidth}
          height={video.posterHeight}
          captionText={video.posterCaption}
          credit={video.posterCredit}
          sizes="(min-width: 768px) 768px, 100vw"
          isPriority
        />
      )}
      <section aria-labelledby="transcript-heading">
        <h2 id="transcript-heading" className="mb-2 text-lg font-bold">
          Transcript and summary
        </h2>
        <ArticleBody markdown={video.body} />
      </section>
      <TopicList topics={video.topics.map((t) => t.topic)} />
    </article>
  );
}
