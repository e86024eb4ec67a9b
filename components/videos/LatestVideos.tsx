import Link from 'next/link';
import type { VideoCard as VideoCardData } from '@/lib/videos/list-videos';
import { VideoCard } from './VideoCard';

export function LatestVideos({ videos, layout = 'row' }: { videos: VideoCardData[]; layout?: 'row' | 'column' }) {
  if (videos.length === 0) return null;
  return (
    <section
      aria-labelledby="latest-videos-heading"
      className="border-t-4 border-neutral-900 pt-3 dark:border-neutral-100"
    >
      <div className="flex items-baseline justify-between">
        <h2 id="latest-videos-heading" className="text-lg font-bold">
          Latest videos
        </h2>
        <Link href="/videos" className="text-sm hover:underline">
          All videos<span className="sr-only"> (video list)</span>
        </Link>
      </div>
      <ul className={`mt-3 grid gap-6 ${layout === 'row' ? 'sm:grid-cols-2 lg:grid-cols-4' : ''}`}>
        {videos.map((v) => (
          <li key={v.slug}>
            <VideoCard video={v} />
          </li>
        ))}
      </ul>
    </section>
  );
}
