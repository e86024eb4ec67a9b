import 'server-only';
import { db } from '../db';

/** Moderators and admins, for the moderation dashboard's team list. */
export function listStaff() {
  return db.user.findMany({
    where: { role: { in: ['moderator', 'admin'] } },
    orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, displayName: true, role: true },
  });
}
