// The digest schedule and sending limits live in one database row (id = 1), edited by admins,
// so they change without a restart or a new environment variable.
import { z } from 'zod';
import { db } from '../db';
import { retryOnUniqueRace } from '../db-unique-race';
import type { NewsletterSettings } from '../generated/prisma/client';
import { parseDomainList } from '../bot-proof/parse-domain-list';
import { isValidTimeZone } from './digest/digest-schedule';

export const newsletterSettingsSchema = z.object({
  isSchedulerEnabled: z.boolean(),
  sendHour: z.coerce.number().int().min(0, 'Choose an hour from 0 to 23.').max(23, 'Choose an hour from 0 to 23.'),
  timeZone: z.string().trim().refine(isValidTimeZone, 'Use a time zone name like Europe/London or UTC.'),
  weeklyDay: z.coerce.number().int().min(0).max(6),
  maxConnections: z.coerce.number().int().min(1, 'At least 1 connection.').max(50, 'At most 50 connections.'),
  messagesPerSecond: z.coerce
    .number()
    .int()
    .min(1, 'At least 1 message a second.')
    .max(1000, 'At most 1000 messages a second.'),
  bounceLimit: z.coerce.number().int().min(1, 'At least 1.').max(20, 'At most 20.'),
  // Refused at sign-up and sign-in (docs/0017); stored one a line. Optional: older callers omit it.
  blockedEmailDomains: z
    .string()
    .max(20_000, 'That list is too long.')
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const { domains, invalid } = parseDomainList(v);
      if (invalid.length > 0) ctx.addIssue({ code: 'custom', message: `Not a domain: ${invalid.join(', ')}.` });
      return domains.join('\n');
    }),
});

type ParsedSettings = z.infer<typeof newsletterSettingsSchema>;
export type NewsletterSettingsInput = Omit<ParsedSettings, 'blockedEmailDomains'> & { blockedEmailDomains?: string };

export async function getNewsletterSettings(): Promise<NewsletterSettings> {
  return (
    (await db.newsletterSettings.findUnique({ where: { id: 1 } })) ??
    retryOnUniqueRace(() => db.newsletterSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} }))
  );
}

export async function saveNewsletterSettings(input: NewsletterSettingsInput): Promise<void> {
  await retryOnUniqueRace(() =>
    db.newsletterSettings.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input }),
  );
}
