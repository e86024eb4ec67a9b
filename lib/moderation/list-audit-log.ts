import 'server-only';
import { db } from '../db';

export const AUDIT_ACTIONS = [
  'approve',
  'reject',
  'feature',
  'unfeature',
  'auto-hold',
  'auto-reject',
  'warn',
  'suspend',
  'ban',
  'unban',
  'settings',
  'article-mode',
] as const;
export const AUDIT_PAGE_SIZE = 50;

/** The append-only audit log, newest first, keyset-paginated; filter by action or target reader. */
export async function listAuditLog({
  action,
  userId,
  before,
}: { action?: string; userId?: string; before?: string } = {}) {
  const cursor = /^[a-z0-9]+$/.test(before ?? '')
    ? await db.moderationAction.findUnique({ where: { id: before }, select: { id: true, createdAt: true } })
    : null;
  const rows = await db.moderationAction.findMany({
    where: {
      ...(action && (AUDIT_ACTIONS as readonly string[]).includes(action) ? { action } : {}),
      ...(userId ? { targetUserId: userId } : {}),
      ...(cursor
        ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      rule: true,
      note: true,
      createdAt: true,
      // Staff only (the page calls requireRole): moderators are named by name and email, so an
      // entry says who acted even when they chose no display name.
      actor: { select: { id: true, displayName: true, email: true } },
      targetUser: { select: { id: true, displayName: true } },
      targetComment: { select: { id: true, body: true, article: { select: { slug: true } } } },
    },
  });
  return {
    items: rows.slice(0, AUDIT_PAGE_SIZE),
    nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.id : undefined,
  };
}
