import Link from 'next/link';

export function TopicList({ topics }: { topics: { slug: string; name: string }[] }) {
  if (topics.length === 0) return null;
  return (
    <nav aria-label="Topics" className="mt-8">
      <h2 className="text-xs font-bold tracking-widest text-neutral-500 uppercase dark:text-neutral-400">Topics</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {topics.map((t) => (
          <li key={t.slug}>
            <Link
              href={`/topics/${t.slug}`}
              className="inline-block rounded-full border border-neutral-300 px-3 py-1 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
            >
              {t.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
