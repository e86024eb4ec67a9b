import Link from 'next/link';
import { buttonClass } from '@/components/ui/styles';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16">
      <h1 className="font-serif text-4xl font-bold">We couldn’t find that page</h1>
      <p className="mt-4 text-lg text-neutral-700 dark:text-neutral-300">
        The story may have been moved or taken down, or the address may be mistyped. Try searching for it:
      </p>
      <form action="/search" method="get" role="search" className="mt-6 flex gap-2">
        <label htmlFor="notfound-search" className="sr-only">
          Search stories
        </label>
        <input
          id="notfound-search"
          name="q"
          type="search"
          className="flex-1 rounded border border-neutral-300 px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900"
        />
        <button type="submit" className={buttonClass()}>
          Search
        </button>
      </form>
      <p className="mt-6">
        Or go to the{' '}
        <Link href="/" className="underline">
          front page
        </Link>{' '}
        for the latest news.
      </p>
    </div>
  );
}
