// The soft-bounce threshold (N soft bounces within M days), kept in the newsletter settings row
// and edited on /admin/suppressions.
import { z } from 'zod';
import { retryOnUniqueRace } from '../db-unique-race';
import { db } from '../db';

export const softBounceSettingsSchema = z.object({
  softBounceLimit: z.coerce.number().int().min(1, 'At least 1 soft bounce.').max(50, 'At most 50 soft bounces.'),
  softBounceDays: z.coerce.number().int().min(1, 'At least 1 day.').max(365, 'At most 365 days.'),
});

export type SoftBounceSettings = z.infer<typeof softBounceSettingsSchema>;

export async function saveSoftBounceSettings(input: SoftBounceSettings): Promise<void> {
  await retryOnUniqueRace(() =>
    db.newsletterSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input }),
  );
}
