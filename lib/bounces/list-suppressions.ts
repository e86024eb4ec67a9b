import 'server-only';
// The admin's view of the suppression list: newest first, searchable by address (an exact
// address also finds rows whose address was erased with an account, by its keyed hash).
import { db } from '../db';
import { checkEmailAddress } from '../mail/email-address';
import { emailKeyOf } from '../newsletter/subscription/email-key';

export type SuppressionRow = {
  id: string;
  email: string | null;
  reason: string;
  detail: string | null;
  createdAt: Date;
};

export const SUPPRESSION_PAGE_SIZE = 50;

export async function listSuppressions(query = '', page = 1): Promise<{ rows: SuppressionRow[]; total: number }> {
  const q = query.trim().slice(0, 254);
  const exact = q ? checkEmailAddress(q) : null;
  const where = !q
    ? {}
    : { OR: [{ email: { contains: q } }, ...(exact?.ok ? [{ emailKey: emailKeyOf(exact.key) }] : [])] };
  const [rows, total] = await Promise.all([
    db.suppression.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (Math.max(1, page) - 1) * SUPPRESSION_PAGE_SIZE,
      take: SUPPRESSION_PAGE_SIZE,
      select: { id: true, email: true, reason: true, detail: true, createdAt: true },
    }),
    db.suppression.count({ where }),
  ]);
  return { rows, total };
}
