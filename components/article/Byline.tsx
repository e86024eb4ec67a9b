import { formatDateTime } from '@/lib/site';

type Props = { byline: string | null; source: string | null; publishedAt: Date; updatedAt: Date | null };

export function Byline({ byline, source, publishedAt, updatedAt }: Props) {
  return (
    <div className="mt-4 border-y border-neutral-200 py-3 text-sm text-neutral-700 dark:border-neutral-800 dark:text-neutral-300">
      <p>
        {byline && (
          <>
            By <span className="font-semibold">{byline}</span>
          </>
        )}
        {byline && source && <span aria-hidden="true"> · </span>}
        {source && (
          <span className="font-semibold tracking-wide text-neutral-600 uppercase dark:text-neutral-400">{source}</span>
        )}
      </p>
      <p className="mt-1 text-neutral-600 dark:text-neutral-400">
        Published <time dateTime={publishedAt.toISOString()}>{formatDateTime(publishedAt)}</time>
        {updatedAt && (
          <>
            <span aria-hidden="true"> · </span>Updated{' '}
            <time dateTime={updatedAt.toISOString()}>{formatDateTime(updatedAt)}</time>
          </>
        )}
      </p>
    </div>
  );
}
