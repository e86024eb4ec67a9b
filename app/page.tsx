import Link from 'next/link';
import { NewsletterSlot } from '@/components/newsletter/NewsletterSlot';
import { MostRead } from '@/components/stories/MostRead';
import { StoryCard } from '@/components/stories/StoryCard';
import { LatestVideos } from '@/components/videos/LatestVideos';
import { listLatestArticles } from '@/lib/articles/list-articles';
import { listSections } from '@/lib/articles/list-sections';
import { listLatestVideos } from '@/lib/videos/list-videos';
import { listMostRead } from '@/lib/views/list-most-read';

// Rendered once, then refreshed in the background every 5 minutes (Most read moves) or at once
// when an import changes a story (docs/0002-caching.md).
export const revalidate = 300;

export default async function FrontPage() {
  const [latest, sections, mostRead, videos] = await Promise.all([
    listLatestArticles(9),
    listSections(),
    listMostRead(5),
    listLatestVideos(4),
  ]);
  const [top, ...rest] = latest;
  const shown = new Set(latest.map((a) => a.slug));
  const blocks = await Promise.all(
    sections.map(async (s) => ({
      section: s,
      articles: (await listLatestArticles(7, { section: s.slug })).filter((a) => !shown.has(a.slug)).slice(0, 3),
    })),
  );

  if (!top) {
    return (
      <p className="py-20 text-center text-lg">
        No stories have been published yet. Import some with <code>npm run content:import</code>.
      </p>
    );
  }
  return (
    <>
      <h1 className="sr-only">Dispatch front page</h1>
      <div className="grid gap-10 lg:grid-cols-[1fr_18rem]">
        <div>
          <section aria-label="Top story">
            <StoryCard article={top} variant="lead" headingLevel="h2" />
          </section>
          <section
            aria-labelledby="latest-heading"
            className="mt-10 border-t-4 border-neutral-900 pt-3 dark:border-neutral-100"
          >
            <h2 id="latest-heading" className="text-lg font-bold">
              Latest stories
            </h2>
            <ul className="mt-4 grid gap-x-6 gap-y-8 sm:grid-cols-2">
              {rest.map((a) => (
                <li key={a.slug}>
                  <StoryCard article={a} />
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className="space-y-10" aria-label="Most read and newsletter">
          <MostRead articles={mostRead} />
          <NewsletterSlot placement="front" />
        </aside>
      </div>
      <div className="mt-12">
        <LatestVideos videos={videos} />
      </div>
      {blocks
        .filter((b) => b.articles.length > 0)
        .map(({ section, articles }) => (
          <section
            key={section.slug}
            aria-labelledby={`section-${section.slug}`}
            className="mt-12 border-t-4 border-neutral-900 pt-3 dark:border-neutral-100"
          >
            <div className="flex items-baseline justify-between">
              <h2 id={`section-${section.slug}`} className="text-lg font-bold">
                {section.name}
              </h2>
              <Link href={`/sections/${section.slug}`} className="text-sm hover:underline">
                More {section.name}
              </Link>
            </div>
            <ul className="mt-4 grid gap-6 sm:grid-cols-3">
              {articles.map((a) => (
                <li key={a.slug}>
                  <StoryCard article={a} showSection={false} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
