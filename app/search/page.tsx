import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/stories/Pagination';
import { Highlighted } from '@/components/ui/Highlighted';
import { MAX_QUERY_LENGTH, parseSearchParams } from '@/lib/search/search-params';
import { searchArticles } from '@/lib/search/search-articles';
import { formatDate } from '@/lib/site';
import { CommentCount } from '@/components/stories/CommentCount';
import { buttonClass } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Search', robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const { q, page } = parseSearchParams(first(params.q), first(params.page));
  const result = q ? await searchArticles(q, page) : undefined;

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold">Search</h1>
      <form action="/search" method="get" role="search" className="mt-6 flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search stories
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          className="flex-1 rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900"
        />
        <button type="submit" className={buttonClass()}>
          Search
        </button>
      </form>
      <div aria-live="polite">
        {result && (
          <p className="mt-6 text-sm text-neutral-600 dark:text-neutral-400">
            {result.total === 0
              ? `No stories match “${q}”. Try fewer or different words.`
              : `${result.total} ${result.total === 1 ? 'story matches' : 'stories match'} “${q}”.`}
          </p>
        )}
      </div>
      {result && result.hits.length > 0 && (
        <ol className="mt-6 space-y-8">
          {result.hits.map((hit) => (
            <li key={hit.slug}>
              <article>
                <p className="text-xs font-bold tracking-widest text-[var(--color-brand)] uppercase dark:text-[var(--color-brand-dark)]">
                  {hit.section.name}
                </p>
                <h2 className="mt-1 font-serif text-xl font-bold">
                  <Link href={`/articles/${hit.slug}`} className="hover:underline">
                    <Highlighted text={hit.titleMarked} />
                  </Link>
                </h2>
                <p className="mt-1 text-neutral-700 dark:text-neutral-300">
                  <Highlighted text={hit.snippetMarked} />
                </p>
                <p className="mt-1 text-xs text-neutral-500 dark:text-neutral-400">
                  <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt)}</time>
                  {hit.commentCount > 0 && (
                    <>
                      <span aria-hidden="true"> · </span>
                      <CommentCount slug={hit.slug} count={hit.commentCount} />
                    </>
                  )}
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      {result && (
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(p) => `/search?q=${encodeURIComponent(q)}${p > 1 ? `&page=${p}` : ''}`}
        />
      )}
    </div>
  );
}
