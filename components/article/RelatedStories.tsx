import type { ArticleCard } from '@/lib/articles/article-card';
import { StoryCard } from '../stories/StoryCard';

export function RelatedStories({ articles }: { articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <section
      aria-labelledby="read-more-heading"
      className="mt-12 border-t-4 border-neutral-900 pt-3 dark:border-neutral-100"
    >
      <h2 id="read-more-heading" className="text-lg font-bold">
        Read more
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {articles.map((a) => (
          <li key={a.slug}>
            <StoryCard article={a} />
          </li>
        ))}
      </ul>
    </section>
  );
}
