import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { formatDate } from '@/lib/site';

export const metadata: Metadata = { title: 'Moderation', robots: { index: false } };

// The moderators' home. Comment queues arrive with comments (issues #4 and #5); for now it
// shows who is on the moderation team.
export default async function ModerationPage() {
  await requireRole('moderator', '/moderation');
  const team = await db.user.findMany({
    where: { role: { in: ['moderator', 'admin'] } },
    orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, displayName: true, role: true, createdAt: true },
  });
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold">Moderation</h1>
      <p className="mt-3 text-neutral-700 dark:text-neutral-300">Comment queues will appear here once comments open.</p>
      <section aria-labelledby="team-heading" className="mt-8">
        <h2 id="team-heading" className="text-xl font-bold">
          Moderation team
        </h2>
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              <th scope="col" className="py-2">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Member since</th>
            </tr>
          </thead>
          <tbody>
            {team.map((m) => (
              <tr key={m.id} className="border-b border-neutral-200 dark:border-neutral-800">
                <td className="py-2">{m.displayName ?? <span className="italic">no display name yet</span>}</td>
                <td>{m.role}</td>
                <td>{formatDate(m.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
