import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { listArticlesPage } from '@/lib/articles/list-articles';
import { getSection, getTopic } from '@/lib/articles/list-sections';
import { Pagination } from './Pagination';
import { StoryGrid } from './StoryGrid';

export type ListKind = 'sections' | 'topics';

async function load(kind: ListKind, slug: string) {
  return kind === 'sections' ? getSection(slug) : getTopic(slug);
}

/** Parses the page segment; anything but a whole number from 2 up is not a page. */
export function parsePage(raw: string | undefined): number | undefined {
  if (raw === undefined) return 1;
  return /^[1-9]\d{0,4}$/.test(raw) && Number(raw) >= 2 ? Number(raw) : undefined;
}

export async function listPageMetadata(kind: ListKind, slug: string, page: number): Promise<Metadata> {
  const found = await load(kind, slug);
  if (!found) return { title: 'Not found' };
  const base = `/${kind}/${found.slug}`;
  return {
    title: `${found.name}${page > 1 ? ` — page ${page}` : ''}`,
    description: `The latest ${found.name} stories from Dispatch.`,
    alternates: { canonical: page > 1 ? `${base}/page/${page}` : base },
  };
}

export async function StoryListPage({ kind, slug, page }: { kind: ListKind; slug: string; page: number | undefined }) {
  const found = page === undefined ? null : await load(kind, slug);
  if (!found || page === undefined) notFound();
  const data = await listArticlesPage(kind === 'sections' ? { section: found.slug } : { topic: found.slug }, page);
  if (page > data.pageCount) notFound();
  const base = `/${kind}/${found.slug}`;
  return (
    <>
      <header className="mb-8 border-b-4 border-neutral-900 pb-3 dark:border-neutral-100">
        <p className="text-xs font-bold tracking-widest text-neutral-500 uppercase dark:text-neutral-400">
          {kind === 'sections' ? 'Section' : 'Topic'}
        </p>
        <h1 className="font-serif text-4xl font-bold">{found.name}</h1>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          {data.total} {data.total === 1 ? 'story' : 'stories'}
          {data.pageCount > 1 && ` · page ${page} of ${data.pageCount}`}
        </p>
      </header>
      <StoryGrid articles={data.items} showSection={kind === 'topics'} />
      <Pagination page={page} pageCount={data.pageCount} hrefFor={(p) => (p === 1 ? base : `${base}/page/${p}`)} />
    </>
  );
}
