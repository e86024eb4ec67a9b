import { WarningNotice } from '@/components/comments/WarningNotice';
import { db } from '@/lib/db';

export async function AccountWarning({ userId }: { userId: string }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { pendingWarning: true } });
  return user?.pendingWarning ? <WarningNotice message={user.pendingWarning} /> : null;
}
