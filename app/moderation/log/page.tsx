import type { Metadata } from 'next';
import Link from 'next/link';
import { ModerationNav } from '@/components/moderation/ModerationNav';
import { requireRole } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { auditActorLabel } from '@/lib/moderation/audit-actor-label';
import { AUDIT_ACTIONS, listAuditLog } from '@/lib/moderation/list-audit-log';
import { formatDateTime } from '@/lib/site';
import { buttonClass, inputClass } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

type Props = { searchParams: Promise<{ action?: string; user?: string; before?: string }> };

export default async function AuditLogPage({ searchParams }: Props) {
  const viewer = await requireRole('moderator', '/moderation/log');
  const q = await searchParams;
  const userId = /^[a-z0-9]{10,40}$/.test(q.user ?? '') ? q.user : undefined;
  const log = await listAuditLog({ action: q.action, userId, before: q.before });
  const next = new URLSearchParams(
    Object.entries({ action: q.action, user: userId, before: log.nextBefore }).filter((e): e is [string, string] =>
      Boolean(e[1]),
    ),
  );
  return (
    <div>
      <h1 className="font-serif text-4xl font-bold">Audit log</h1>
      <ModerationNav isAdmin={hasRole(viewer.role, 'admin')} current="log" />
      <form method="get" className="mb-4 flex items-end gap-3 text-sm">
        <div>
          <label htmlFor="action" className="block font-semibold">
            Action
          </label>
          <select id="action" name="action" defaultValue={q.action ?? ''} className={inputClass('', 'sm')}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        {userId && <input type="hidden" name="user" value={userId} />}
        <button type="submit" className={buttonClass({ variant: 'secondary', size: 'xs', className: 'font-semibold' })}>
          Filter
        </button>
      </form>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-neutral-300 dark:border-neutral-700">
            <th scope="col" className="py-2">
              When
            </th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">On</th>
            <th scope="col">Rule / reason</th>
          </tr>
        </thead>
        <tbody>
          {log.items.map((a) => (
            <tr key={a.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
              <td className="py-2 pr-2">
                <time dateTime={a.createdAt.toISOString()}>{formatDateTime(a.createdAt)}</time>
              </td>
              <td className="pr-2">{auditActorLabel(a.actor, a.action)}</td>
              <td className="pr-2 font-semibold">{a.action}</td>
              <td className="pr-2">
                {a.targetUser && (
                  <Link href={`/moderation/users/${a.targetUser.id}`} className="underline">
                    {a.targetUser.displayName ?? 'reader'}
                  </Link>
                )}
                {a.targetComment && (
                  <span className="block text-neutral-600 dark:text-neutral-400">
                    “{a.targetComment.body.slice(0, 80)}”
                  </span>
                )}
              </td>
              <td>
                {a.rule && <>rule “{a.rule}” </>}
                {a.note}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {log.nextBefore && (
        <p className="mt-4">
          <Link href={`/moderation/log?${next}`} className="font-semibold underline">
            Older entries →
          </Link>
        </p>
      )}
    </div>
  );
}
