import type { ArticleCard } from '@/lib/articles/article-card';
import { StoryCard } from './StoryCard';

export function StoryGrid({ articles, showSection = true }: { articles: ArticleCard[]; showSection?: boolean }) {
  return (
    <ul className="grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((a) => (
        <li key={a.slug}>
          {/* Under the list page's h1: h2, so the outline skips no level (Lighthouse heading-order). */}
          <StoryCard article={a} showSection={showSection} headingLevel="h2" />
        </li>
      ))}
    </ul>
  );
}
