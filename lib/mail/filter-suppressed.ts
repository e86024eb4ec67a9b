// The suppression list, applied in the mail layer so no sender can forget it.
import { db } from '../db';
import { emailKeyOf } from '../newsletter/subscription/email-key';

/** Splits recipients into those we may mail and those on the suppression list. */
export async function filterSuppressed(addresses: string[]): Promise<{ allowed: string[]; suppressed: string[] }> {
  const keys = addresses.map((a) => emailKeyOf(a.toLowerCase()));
  const rows = await db.suppression.findMany({ where: { emailKey: { in: keys } }, select: { emailKey: true } });
  const blocked = new Set(rows.map((r) => r.emailKey));
  return {
    allowed: addresses.filter((_, i) => !blocked.has(keys[i]!)),
    suppressed: addresses.filter((_, i) => blocked.has(keys[i]!)),
  };
}
