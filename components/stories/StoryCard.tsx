import { StaticImage } from '@/components/ui/StaticImage';
import Link from 'next/link';
import type { ArticleCard } from '@/lib/articles/article-card';
import { parseMediaUrl } from '@/lib/content/media-url';
import { formatDate } from '@/lib/site';
import { CommentCount } from './CommentCount';

type Props = {
  article: ArticleCard;
  variant?: 'lead' | 'standard' | 'compact';
  headingLevel?: 'h2' | 'h3';
  showSection?: boolean;
};

export function StoryCard({ article, variant = 'standard', headingLevel: Heading = 'h3', showSection = true }: Props) {
  const size = parseMediaUrl(article.heroSrc) ?? { width: 1200, height: 675 };
  const isLead = variant === 'lead';
  return (
    <article className={`group relative ${isLead ? 'grid gap-4 md:grid-cols-5' : 'flex flex-col gap-2'}`}>
      {variant !== 'compact' && (
        <div className={isLead ? 'md:col-span-3' : ''}>
          <StaticImage
            src={article.heroSrc}
            alt={article.heroAlt}
            width={size.width}
            height={size.height}
            sizes={
              isLead ? '(min-width: 768px) 60vw, 100vw' : '(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw'
            }
            isLead={isLead}
            className="h-auto w-full rounded-sm bg-neutral-100 dark:bg-neutral-800"
          />
        </div>
      )}
      <div className={isLead ? 'md:col-span-2' : ''}>
        {showSection && (
          <p className="text-xs font-bold tracking-widest text-[var(--color-brand)] uppercase dark:text-[var(--color-brand-dark)]">
            {article.section.name}
          </p>
        )}
        <Heading
          className={`mt-1 font-serif leading-tight font-bold ${isLead ? 'text-3xl md:text-4xl' : variant === 'compact' ? 'text-base' : 'text-xl'}`}
        >
          <Link href={`/articles/${article.slug}`} className="hover:underline focus-visible:underline">
            {article.title}
          </Link>
        </Heading>
        {variant !== 'compact' && (
          <p className={`mt-2 text-neutral-700 dark:text-neutral-300 ${isLead ? 'text-lg' : 'text-sm'}`}>
            {article.standfirst}
          </p>
        )}
        <p className="mt-2 text-xs text-neutral-500 dark:text-neutral-400">
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
          {article.commentCount > 0 && (
            <>
              <span aria-hidden="true"> · </span>
              <CommentCount slug={article.slug} count={article.commentCount} />
            </>
          )}
        </p>
      </div>
    </article>
  );
}
