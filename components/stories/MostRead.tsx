import Link from 'next/link';
import type { ArticleCard } from '@/lib/articles/article-card';

export function MostRead({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="most-read-heading" className="border-t-4 border-neutral-900 pt-3 dark:border-neutral-100">
      <h2 id="most-read-heading" className="text-lg font-bold">
        Most read
      </h2>
      <ol className="mt-3 space-y-4">
        {articles.map((a, i) => (
          <li key={a.slug} className="flex gap-3">
            <span
              aria-hidden="true"
              className="font-serif text-3xl leading-none font-bold text-[var(--color-brand)] dark:text-[var(--color-brand-dark)]"
            >
              {i + 1}
            </span>
            <Link href={`/articles/${a.slug}`} className="font-serif leading-snug font-semibold hover:underline">
              {a.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
