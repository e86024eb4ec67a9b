import { StaticImage } from '@/components/ui/StaticImage';
import Link from 'next/link';
import { parseMediaUrl } from '@/lib/content/media-url';
import { durationLabel, formatDuration } from '@/lib/site';
import type { VideoCard as VideoCardData } from '@/lib/videos/list-videos';

export function VideoCard({
  video,
  headingLevel: Heading = 'h3',
}: {
  video: VideoCardData;
  headingLevel?: 'h2' | 'h3';
}) {
  const size = parseMediaUrl(video.posterSrc) ?? { width: 1200, height: 675 };
  return (
    <article>
      <figure>
        <div className="relative">
          <StaticImage
            src={video.posterSrc}
            alt={video.posterAlt}
            width={size.width}
            height={size.height}
            sizes="(min-width: 1024px) 25vw, 50vw"
            className="h-auto w-full rounded-sm bg-neutral-100 dark:bg-neutral-800"
          />
          <span className="absolute bottom-2 left-2 rounded bg-black/80 px-2 py-0.5 text-xs font-semibold text-white">
            <span aria-hidden="true">▶ {formatDuration(video.durationSec)}</span>
            <span className="sr-only">Video, {durationLabel(video.durationSec)}</span>
          </span>
        </div>
        <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
          <Heading className="font-serif text-base leading-snug font-bold text-neutral-900 dark:text-neutral-100">
            <Link href={`/videos/${video.slug}`} className="hover:underline">
              {video.title}
            </Link>
          </Heading>
          <span className="mt-1 block">{video.posterCaption}</span>
          <span className="block text-xs tracking-wide text-neutral-500 uppercase dark:text-neutral-400">
            {video.posterCredit}
          </span>
        </figcaption>
      </figure>
    </article>
  );
}
