import 'server-only';
// The rules (docs/0016): every report is recorded as a MailEvent; a hard bounce suppresses the
// address at once; soft bounces suppress it once there are softBounceLimit of them within
// softBounceDays (counting only those since an admin last lifted a suppression); a complaint
// ends the newsletter subscription and suppresses the address for good. A digest delivery the
// report names is marked bouncedAt / complainedAt for the digest's statistics.
import { db } from '../db';
import { getNewsletterSettings } from '../newsletter/newsletter-settings';
import { endSubscription } from '../newsletter/subscription/unsubscribe';
import type { BounceReport, ReportSource } from './bounce-report';
import { resolveReportTarget } from './resolve-report-target';
import { suppressAddress } from './suppress-address';

export type RecordResult = 'unmatched' | 'recorded' | 'suppressed';

const DAY_MS = 86_400_000;

export type RecordOptions = {
  now?: Date;
  /**
   * Names the message the report was read from. A report already recorded under it is not
   * recorded or counted again; what follows from it (suppression, unsubscribe) is applied again,
   * as a run that stopped after the event may not have got that far.
   */
  receipt?: string;
};

export async function recordBounceReport(
  report: BounceReport,
  source: ReportSource,
  { now = new Date(), receipt }: RecordOptions = {},
): Promise<RecordResult> {
  const target = await resolveReportTarget(report, source);
  if (!target) return 'unmatched';
  const { emailKey, email, deliveryId } = target;
  try {
    // One transaction: the event (the soft-bounce count) and the delivery's mark go in together.
    await db.$transaction([
      db.mailEvent.create({
        data: {
          kind: report.kind,
          emailKey,
          source,
          status: report.status,
          detail: report.detail,
          deliveryId,
          receipt,
          createdAt: now,
        },
      }),
      ...(deliveryId
        ? [
            db.digestDelivery.updateMany({
              where: { id: deliveryId },
              data: report.kind === 'complaint' ? { complainedAt: now } : { bouncedAt: now },
            }),
          ]
        : []),
    ]);
  } catch (err) {
    if (!receipt || (err as { code?: string }).code !== 'P2002') throw err;
  }
  const detail = [report.status, report.detail].filter(Boolean).join(' ').slice(0, 500) || null;

  if (report.kind === 'hard-bounce') {
    await suppressAddress({ emailKey, email, reason: 'hard-bounce', detail });
    return 'suppressed';
  }
  if (report.kind === 'complaint') {
    await suppressAddress({ emailKey, email, reason: 'complaint', detail });
    await db.$transaction(async (tx) => {
      const sub = await tx.subscriber.findUnique({ where: { emailKey }, select: { id: true } });
      if (sub) await endSubscription(tx, sub.id, now);
    });
    return 'suppressed';
  }

  const settings = await getNewsletterSettings();
  const lifted = await db.mailEvent.findFirst({
    where: { emailKey, kind: 'suppression-removed' },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const windowStart = new Date(now.getTime() - settings.softBounceDays * DAY_MS);
  const since = lifted && lifted.createdAt > windowStart ? lifted.createdAt : windowStart;
  const softBounces = await db.mailEvent.count({
    where: { emailKey, kind: 'soft-bounce', createdAt: { gt: since, lte: now } },
  });
  if (softBounces < settings.softBounceLimit) return 'recorded';
  await suppressAddress({
    emailKey,
    email,
    reason: 'soft-bounces',
    detail: `${softBounces} soft bounces within ${settings.softBounceDays} days; last: ${detail ?? 'no detail'}`.slice(
      0,
      500,
    ),
  });
  return 'suppressed';
}
