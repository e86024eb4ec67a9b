import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { DigestStoryProps } from '@/emails/components/DigestStory';
import { getSentDigest } from '@/lib/newsletter/digest/get-sent-digest';
import { buildDigestProps } from '@/lib/newsletter/digest/digest-content';
import { formatSlugList } from '@/lib/newsletter/digest/digest-ranking';
import { loadDigestArticles } from '@/lib/newsletter/digest/load-digest-stories';
import { listNewsletterChoices } from '@/lib/newsletter/subscription/newsletter-choices';
import { getNewsletterSettings } from '@/lib/newsletter/newsletter-settings';

export const metadata: Metadata = { title: 'Newsletter digest', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sections?: string; topics?: string }> };

// "View in browser": the digest as sent, for the choice in the query (public slugs, nothing
// personal), so the page is the same for every reader who got that version.
export default async function DigestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const digest = await getSentDigest(id);
  if (!digest) notFound();
  const [choices, settings] = await Promise.all([listNewsletterChoices(), getNewsletterSettings()]);
  const known = (value: string | undefined, list: { slug: string }[]) =>
    formatSlugList(
      String(value ?? '')
        .split(',')
        .filter((s) => list.some((c) => c.slug === s)),
    );
  const interests = { sections: known(query.sections, choices.sections), topics: known(query.topics, choices.topics) };
  const articles = await loadDigestArticles(JSON.parse(digest.articleIds) as string[]);
  const links = { preferencesUrl: '/newsletter', unsubscribeUrl: '/newsletter' };
  const props = buildDigestProps(digest, articles, interests, choices, links, settings.timeZone);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm font-bold tracking-widest text-[var(--color-brand)] uppercase dark:text-[var(--color-brand-dark)]">
        Dispatch {props.frequency} digest
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{props.dateLabel}</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">
        {props.interests ? `Stories in ${props.interests}` : 'Top stories'}
      </p>
      <StoryList stories={props.stories} />
      {props.moreStories.length > 0 && (
        <>
          <h2 className="mt-10 text-xl font-bold">More top stories</h2>
          <StoryList stories={props.moreStories} />
        </>
      )}
      <p className="mt-10">
        <Link href="/newsletter" className="underline">
          Get the digest by email
        </Link>
      </p>
    </div>
  );
}

function StoryList({ stories }: { stories: DigestStoryProps[] }) {
  return (
    <ol className="mt-6 space-y-8">
      {stories.map((s) => (
        <li key={s.url}>
          <figure>
            {/* eslint-disable-next-line @next/next/no-img-element -- the same absolute image URL the email used */}
            <img
              src={s.imageUrl}
              alt={s.imageAlt}
              width={s.imageWidth}
              height={s.imageHeight}
              className="h-auto w-full rounded"
              loading="lazy"
            />
            <figcaption className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
              {s.imageCaption} <span className="text-neutral-500">{s.imageCredit}</span>
            </figcaption>
          </figure>
          <p className="mt-3 text-xs font-bold tracking-widest uppercase">{s.sectionName}</p>
          <h3 className="mt-1 font-serif text-2xl font-bold">
            <a href={s.url} className="hover:underline">
              {s.title}
            </a>
          </h3>
          <p className="mt-1 text-neutral-700 dark:text-neutral-300">{s.standfirst}</p>
        </li>
      ))}
    </ol>
  );
}
