import Link from 'next/link';
import { QUEUE_LABELS, QUEUES, type Queue } from '@/lib/moderation/queues';

export function ModerationNav({
  counts,
  isAdmin,
  current,
}: {
  counts?: Record<Queue, number>;
  isAdmin: boolean;
  current: string;
}) {
  const link = (href: string, label: string, key: string) => (
    <li key={key}>
      <Link
        href={href}
        aria-current={current === key ? 'page' : undefined}
        className={`rounded px-3 py-1 ${current === key ? 'bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900' : 'hover:underline'}`}
      >
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label="Moderation" className="mb-6 border-b border-neutral-200 pb-3 dark:border-neutral-800">
      <ul className="flex flex-wrap gap-2 text-sm font-semibold">
        {link('/moderation', 'Dashboard', 'dashboard')}
        {QUEUES.map((q) => link(`/moderation/queue/${q}`, `${QUEUE_LABELS[q]}${counts ? ` (${counts[q]})` : ''}`, q))}
        {link('/moderation/log', 'Audit log', 'log')}
        {isAdmin && link('/moderation/settings', 'Settings', 'settings')}
        {isAdmin && link('/admin/newsletter', 'Newsletter', 'newsletter')}
      </ul>
    </nav>
  );
}
