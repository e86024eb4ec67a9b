import Link from 'next/link';
import { SITE_NAME, SITE_TAGLINE } from '@/lib/site';
import { AccountSlot } from './AccountSlot';

export function SiteHeader({ sections }: { sections: { slug: string; name: string }[] }) {
  return (
    <header data-site-header className="border-b border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <div>
          <Link href="/" className="font-serif text-3xl font-black tracking-tight">
            {SITE_NAME}
          </Link>
          <p className="text-xs text-neutral-600 dark:text-neutral-400">{SITE_TAGLINE}</p>
        </div>
        <div className="flex items-center gap-4">
          <form action="/search" method="get" role="search" className="flex">
            <label htmlFor="site-search" className="sr-only">
              Search stories
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              placeholder="Search"
              maxLength={200}
              className="w-36 rounded-l border border-neutral-300 bg-white px-3 py-1.5 text-sm sm:w-48 dark:border-neutral-700 dark:bg-neutral-900"
            />
            <button
              type="submit"
              className="rounded-r border border-l-0 border-neutral-300 bg-neutral-100 px-3 text-sm font-semibold hover:bg-neutral-200 dark:border-neutral-700 dark:bg-neutral-800 dark:hover:bg-neutral-700"
            >
              Search
            </button>
          </form>
          <AccountSlot />
        </div>
      </div>
      <nav aria-label="Sections" className="border-t border-neutral-200 dark:border-neutral-800">
        <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2 text-sm font-semibold">
          {sections.map((s) => (
            <li key={s.slug}>
              <Link href={`/sections/${s.slug}`} className="whitespace-nowrap hover:underline">
                {s.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/videos" className="whitespace-nowrap hover:underline">
              Videos
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
