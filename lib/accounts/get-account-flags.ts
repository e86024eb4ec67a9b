import 'server-only';
import { db } from '../db';

/** What the account page needs to know beyond the session: a warning to show, a verified address. */
export function getAccountFlags(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { pendingWarning: true, emailVerified: true } });
}
