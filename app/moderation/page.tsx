import type { Metadata } from 'next';
import Link from 'next/link';
import { DayChart } from '@/components/moderation/DayChart';
import { ModerationNav } from '@/components/moderation/ModerationNav';
import { requireRole } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { countCommentsPerDay } from '@/lib/moderation/comments-per-day';
import { countQueues } from '@/lib/moderation/list-queue';
import { QUEUE_LABELS, QUEUES } from '@/lib/moderation/queues';
import { listStaff } from '@/lib/moderation/list-staff';

export const metadata: Metadata = { title: 'Moderation', robots: { index: false } };

export default async function ModerationDashboard() {
  const user = await requireRole('moderator', '/moderation');
  const [counts, days, team] = await Promise.all([countQueues(), countCommentsPerDay(30), listStaff()]);
  return (
    <div>
      <h1 className="font-serif text-4xl font-bold">Moderation</h1>
      <ModerationNav counts={counts} isAdmin={hasRole(user.role, 'admin')} current="dashboard" />
      <section aria-labelledby="queues-heading">
        <h2 id="queues-heading" className="text-xl font-bold">
          Queues
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-4">
          {QUEUES.map((q) => (
            <li key={q}>
              <Link
                href={`/moderation/queue/${q}`}
                className="block rounded border border-neutral-300 p-4 hover:bg-neutral-50 dark:border-neutral-700 dark:hover:bg-neutral-900"
              >
                <span className="block text-3xl font-bold">{counts[q]}</span>
                <span className="text-sm">{QUEUE_LABELS[q]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="chart-heading" className="mt-10">
        <h2 id="chart-heading" className="mb-3 text-xl font-bold">
          Comments per day
        </h2>
        <DayChart days={days} />
      </section>
      <section aria-labelledby="team-heading" className="mt-10">
        <h2 id="team-heading" className="text-xl font-bold">
          Moderation team
        </h2>
        <ul className="mt-2 text-sm">
          {team.map((m) => (
            <li key={m.id}>
              {m.displayName ?? <span className="italic">no display name yet</span>} · {m.role}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
