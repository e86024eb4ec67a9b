import type { ArticleCard } from '@/lib/articles/article-card';
import { StoryCard } from './StoryCard';

export function StoryGrid({ articles, showSection = true }: { articles: ArticleCard[]; showSection?: boolean }) {
  return (
    <ul className="grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((a) => (
        <li key={a.slug}>
          <StoryCard article={a} showSection={showSection} />
        </li>
      ))}
    </ul>
  );
}
