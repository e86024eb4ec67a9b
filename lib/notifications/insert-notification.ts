import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { NotificationKind } from './notification-kinds';

export type NewNotification = {
  kind: NotificationKind;
  recipientId: string;
  commentId: string;
  delivery: 'immediate' | 'daily';
  nextAttemptAt: Date;
};

/** Adds a ledger row; false when that (kind, recipient, comment) was queued before (sent once, ever). */
export async function insertNotification(data: NewNotification): Promise<boolean> {
  try {
    await db.commentNotification.create({ data, select: { id: true } });
    return true;
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') return false;
    throw err;
  }
}
