import 'server-only';
import { db } from '../db';

/** A reader as moderators see them: standing, all comments and every action taken on them. */
export async function getUserRecord(userId: string) {
  if (!/^[a-z0-9]{10,40}$/.test(userId)) return null;
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      displayName: true,
      role: true,
      createdAt: true,
      suspendedUntil: true,
      bannedAt: true,
      pendingWarning: true,
      comments: {
        orderBy: { createdAt: 'desc' },
        take: 200,
        select: {
          id: true,
          body: true,
          status: true,
          isDeleted: true,
          rejectRule: true,
          createdAt: true,
          article: { select: { slug: true, title: true } },
        },
      },
      actionsReceived: {
        orderBy: { createdAt: 'desc' },
        take: 200,
        select: {
          id: true,
          action: true,
          rule: true,
          note: true,
          createdAt: true,
          actor: { select: { displayName: true, email: true } },
        },
      },
    },
  });
}
