// Puts an address on the suppression list. A complaint overrides any earlier reason (it is for
// good); other reasons keep the first one recorded.
import { retryOnUniqueRace } from '../db-unique-race';
import { db } from '../db';

export type SuppressionReason = 'hard-bounce' | 'soft-bounces' | 'complaint' | 'manual';

export async function suppressAddress(target: {
  emailKey: string;
  email: string | null;
  reason: SuppressionReason;
  detail: string | null;
}): Promise<void> {
  const { emailKey, email, reason, detail } = target;
  await retryOnUniqueRace(() =>
    db.suppression.upsert({
      where: { emailKey },
      create: { emailKey, email, reason, detail },
      update: reason === 'complaint' ? { reason, detail, ...(email && { email }) } : email ? { email } : {},
    }),
  );
}
