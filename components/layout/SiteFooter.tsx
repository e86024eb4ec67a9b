import Link from 'next/link';
import { SITE_NAME } from '@/lib/site';
import { NewsletterSlot } from '../newsletter/NewsletterSlot';

export function SiteFooter({ sections }: { sections: { slug: string; name: string }[] }) {
  return (
    <footer
      data-site-footer
      className="mt-16 border-t border-neutral-200 bg-neutral-50 dark:border-neutral-800 dark:bg-neutral-900"
    >
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <nav aria-label="Footer">
          <h2 className="text-sm font-bold tracking-widest uppercase">Sections</h2>
          <ul className="mt-3 space-y-1 text-sm">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={`/sections/${s.slug}`} className="hover:underline">
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <h2 className="text-sm font-bold tracking-widest uppercase">More</h2>
          <ul className="mt-3 space-y-1 text-sm">
            <li>
              <Link href="/videos" className="hover:underline">
                Videos
              </Link>
            </li>
            <li>
              <Link href="/search" className="hover:underline">
                Search
              </Link>
            </li>
            <li>
              <Link href="/comment-policy" className="hover:underline">
                Comment policy
              </Link>
            </li>
            <li>
              <a href="/feed.xml" className="hover:underline">
                RSS feed
              </a>
            </li>
          </ul>
        </div>
        <NewsletterSlot placement="footer" />
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-xs text-neutral-500 dark:text-neutral-400">
        © {SITE_NAME}. Demo newsroom: every story, person and place here is fictional.
      </p>
    </footer>
  );
}
