// Opens the digest for the current slot: an existing one is resumed; a new one freezes its
// stories and writes a ledger row for every active subscriber of that frequency before any mail.
import { db } from '../../db';
import type { Digest } from '../../generated/prisma/client';
import { PERIOD_MS, slotFor, type Frequency, type ScheduleSettings } from './digest-schedule';
import { loadRankedArticleIds } from './load-digest-stories';

const HALF_LIFE_HOURS: Record<Frequency, number> = { daily: 24, weekly: 72 };
const LEDGER_CHUNK = 500;

export function digestSubject(frequency: Frequency, periodEnd: Date, timeZone: string): string {
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(periodEnd);
  return frequency === 'daily' ? `Your Dispatch daily digest: ${date}` : `Your Dispatch weekly digest: week to ${date}`;
}

export async function findDigestForSlot(
  frequency: Frequency,
  now: Date,
  settings: ScheduleSettings,
): Promise<Digest | null> {
  return db.digest.findUnique({ where: { frequency_slot: { frequency, slot: slotFor(frequency, now, settings) } } });
}

export async function openDigest(frequency: Frequency, now: Date, settings: ScheduleSettings): Promise<Digest> {
  const existing = await findDigestForSlot(frequency, now, settings);
  if (existing) return existing;
  const previous = await db.digest.findFirst({
    where: { frequency },
    orderBy: { periodEnd: 'desc' },
    select: { periodEnd: true },
  });
  const periodStart = previous?.periodEnd ?? new Date(now.getTime() - PERIOD_MS[frequency]);
  const articleIds = await loadRankedArticleIds(periodStart, now, HALF_LIFE_HOURS[frequency]);
  const subscribers = await db.subscriber.findMany({
    where: { status: 'active', frequency },
    select: { id: true },
    orderBy: { id: 'asc' },
  });

  // Digest and ledger in one transaction: a crash leaves both or neither. Senders starting
  // together race to create it; the slot is unique, so the losers resume the winner's.
  return createDigest(frequency, now, settings, periodStart, articleIds, subscribers).catch(async (err) => {
    if ((err as { code?: string }).code !== 'P2002') throw err;
    return (await findDigestForSlot(frequency, now, settings)) ?? Promise.reject(err);
  });
}

function createDigest(
  frequency: Frequency,
  now: Date,
  settings: ScheduleSettings,
  periodStart: Date,
  articleIds: string[],
  subscribers: { id: string }[],
): Promise<Digest> {
  return db.$transaction(
    async (tx) => {
      const digest = await tx.digest.create({
        data: {
          frequency,
          slot: slotFor(frequency, now, settings),
          periodStart,
          periodEnd: now,
          subject: digestSubject(frequency, now, settings.timeZone),
          articleIds: JSON.stringify(articleIds),
          recipients: subscribers.length,
          startedAt: now,
        },
      });
      for (let i = 0; i < subscribers.length; i += LEDGER_CHUNK) {
        const chunk = subscribers.slice(i, i + LEDGER_CHUNK);
        await tx.digestDelivery.createMany({
          data: chunk.map((s) => ({ digestId: digest.id, subscriberId: s.id, nextAttemptAt: now })),
        });
      }
      return digest;
    },
    { timeout: 120_000 },
  );
}
