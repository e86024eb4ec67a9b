import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ModerationNav } from '@/components/moderation/ModerationNav';
import { UserActionForms } from '@/components/moderation/UserActionForms';
import { requireRole } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { auditActorLabel } from '@/lib/moderation/audit-actor-label';
import { getUserRecord } from '@/lib/moderation/get-user-record';
import { formatDateTime } from '@/lib/site';

export const metadata: Metadata = { title: 'Reader record', robots: { index: false } };

export default async function ModerationUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireRole('moderator', `/moderation/users/${id}`);
  const user = await getUserRecord(id);
  if (!user) notFound();
  const isSuspended = Boolean(user.suspendedUntil && user.suspendedUntil > new Date());
  return (
    <div>
      <h1 className="font-serif text-4xl font-bold">{user.displayName ?? 'Reader without a display name'}</h1>
      <ModerationNav isAdmin={hasRole(viewer.role, 'admin')} current="user" />
      <p>
        {user.role} · member since {formatDateTime(user.createdAt)}
        {user.bannedAt && (
          <>
            {' '}
            · <strong>banned</strong> since {formatDateTime(user.bannedAt)}
          </>
        )}
        {isSuspended && (
          <>
            {' '}
            · <strong>suspended</strong> until {formatDateTime(user.suspendedUntil!)}
          </>
        )}
        {user.pendingWarning && <> · a warning is waiting to be seen</>}
      </p>
      <section aria-labelledby="act-heading" className="mt-6 max-w-xl">
        <h2 id="act-heading" className="mb-2 text-xl font-bold">
          Act on this reader
        </h2>
        <UserActionForms userId={user.id} isBanned={Boolean(user.bannedAt)} isSuspended={isSuspended} />
      </section>
      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="text-xl font-bold">
          Actions taken
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {user.actionsReceived.length === 0 && <li>None.</li>}
          {user.actionsReceived.map((a) => (
            <li key={a.id}>
              <time dateTime={a.createdAt.toISOString()}>{formatDateTime(a.createdAt)}</time> ·{' '}
              <strong>{a.action}</strong> by {auditActorLabel(a.actor, a.action)}
              {a.rule && <> · rule “{a.rule}”</>}
              {a.note && <> · {a.note}</>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="comments-heading" className="mt-8">
        <h2 id="comments-heading" className="text-xl font-bold">
          Comments ({user.comments.length})
        </h2>
        <ul className="mt-2 space-y-3">
          {user.comments.map((c) => (
            <li key={c.id} className="border-b border-neutral-200 pb-2 text-sm dark:border-neutral-800">
              <p>
                <Link href={`/articles/${c.article.slug}`} className="underline">
                  {c.article.title}
                </Link>{' '}
                · {formatDateTime(c.createdAt)} · {c.isDeleted ? 'deleted by author' : c.status}
                {c.rejectRule && <> (rule “{c.rejectRule}”)</>}
              </p>
              {!c.isDeleted && <p className="mt-1 whitespace-pre-line">{c.body}</p>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
