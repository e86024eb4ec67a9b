import type { Metadata } from 'next';
import { VideoCard } from '@/components/videos/VideoCard';
import { listLatestVideos } from '@/lib/videos/list-videos';

export const revalidate = 300;

export const metadata: Metadata = {
  title: 'Videos',
  description: 'Latest videos from Dispatch.',
  alternates: { canonical: '/videos' },
};

export default async function VideosPage() {
  const videos = await listLatestVideos(60);
  return (
    <>
      <h1 className="mb-8 border-b-4 border-neutral-900 pb-3 font-serif text-4xl font-bold dark:border-neutral-100">
        Videos
      </h1>
      {videos.length === 0 ? (
        <p>No videos yet.</p>
      ) : (
        <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          {videos.map((v) => (
            <li key={v.slug}>
              <VideoCard video={v} headingLevel="h2" />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
