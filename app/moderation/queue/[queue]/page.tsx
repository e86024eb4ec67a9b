import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ModerationNav } from '@/components/moderation/ModerationNav';
import { QueueList } from '@/components/moderation/QueueList';
import { requireRole } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { countQueues, listQueue } from '@/lib/moderation/list-queue';
import { isQueue, QUEUE_LABELS } from '@/lib/moderation/queues';
import { buttonClass, inputClass } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Moderation queue', robots: { index: false } };

type Props = {
  params: Promise<{ queue: string }>;
  searchParams: Promise<{ order?: string; article?: string; after?: string }>;
};

export default async function QueuePage({ params, searchParams }: Props) {
  const { queue } = await params;
  const user = await requireRole('moderator', `/moderation/queue/${queue}`);
  if (!isQueue(queue)) notFound();
  const q = await searchParams;
  const order = q.order === 'oldest' ? 'oldest' : 'newest';
  const articleSlug = /^[a-z0-9-]{1,80}$/.test(q.article ?? '') ? q.article : undefined;
  const [counts, page] = await Promise.all([countQueues(), listQueue(queue, { order, articleSlug, cursor: q.after })]);
  const href = (extra: Record<string, string | undefined>) => {
    const sp = new URLSearchParams(
      Object.entries({ order, article: articleSlug, ...extra }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    return `/moderation/queue/${queue}?${sp}`;
  };
  return (
    <div>
      <h1 className="font-serif text-4xl font-bold">{QUEUE_LABELS[queue]} comments</h1>
      <ModerationNav counts={counts} isAdmin={hasRole(user.role, 'admin')} current={queue} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        <div>
          <label htmlFor="order" className="block font-semibold">
            Order
          </label>
          <select id="order" name="order" defaultValue={order} className={inputClass('', 'sm')}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </div>
        <div>
          <label htmlFor="article" className="block font-semibold">
            Article (slug)
          </label>
          <input id="article" name="article" defaultValue={articleSlug ?? ''} className={inputClass('', 'sm')} />
        </div>
        <button type="submit" className={buttonClass({ variant: 'secondary', size: 'xs', className: 'font-semibold' })}>
          Apply
        </button>
      </form>
      <QueueList items={page.items} />
      {page.nextCursor && (
        <p className="mt-6">
          <Link href={href({ after: page.nextCursor })} className="font-semibold underline">
            Next page →
          </Link>
        </p>
      )}
    </div>
  );
}
