import 'server-only';
import { db } from '../../db';

/** A sent digest as "view in browser" shows it: its stories and subject, nothing personal. */
export function getSentDigest(id: string) {
  return db.digest.findUnique({
    where: { id },
    select: { id: true, frequency: true, periodEnd: true, articleIds: true, subject: true },
  });
}
