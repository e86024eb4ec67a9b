// One digest run, from the CLI or the scheduler: take the lease for this frequency, open (or
// resume) the slot's digest, settle what a dead run left in flight, send, and sum up.
import crypto from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { db } from '../../db';
import { openDigest } from './create-digest';
import { deliverDigest } from './deliver-digest';
import { settleAbandoned, type DeliveryOutcome } from './delivery-ledger';
import type { Frequency } from './digest-schedule';
import { createDigestTransport } from '../../platform/digest-transport';
import { acquireLease, leaseHolderId, releaseLease, renewLease } from '../../platform/job-lease';
import { getNewsletterSettings } from '../newsletter-settings';

export type RunDigestOptions = {
  frequency: Frequency;
  now?: Date;
  signal?: AbortSignal;
  retryBaseMs?: number;
  /** Called once the ledger exists, with how many rows are already settled. */
  onStart?: (info: { digestId: string; recipients: number; settled: number; abandoned: number }) => void;
  onOutcomes?: (outcomes: DeliveryOutcome[]) => void;
  transport?: Transporter;
};

export type DeliveryCounts = {
  queued: number;
  sending: number;
  delivering: number;
  sent: number;
  failed: number;
  skipped: number;
  unknown: number;
};
export type DigestRunSummary =
  | { status: 'busy' }
  | {
      status: 'already-sent' | 'sent' | 'interrupted';
      digestId: string;
      subject: string;
      recipients: number;
      counts: DeliveryCounts;
      abandoned: number;
      durationMs: number;
      distinctRenders: number;
      /** Why sending stopped when the SMTP server could not be reached. */
      unreachable?: string;
    };

const LEASE_TTL_MS = 60_000;

export async function countDeliveries(digestId: string): Promise<DeliveryCounts> {
  const rows = await db.digestDelivery.groupBy({ by: ['status'], where: { digestId }, _count: { _all: true } });
  const counts: DeliveryCounts = { queued: 0, sending: 0, delivering: 0, sent: 0, failed: 0, skipped: 0, unknown: 0 };
  for (const r of rows) if (r.status in counts) counts[r.status as keyof DeliveryCounts] = r._count._all;
  return counts;
}

export async function runDigest(o: RunDigestOptions): Promise<DigestRunSummary> {
  const started = Date.now();
  const settings = await getNewsletterSettings();
  const lease = `digest:${o.frequency}`;
  const holder = leaseHolderId(crypto.randomUUID());
  if (!(await acquireLease(lease, holder, LEASE_TTL_MS))) return { status: 'busy' };

  // Losing the lease (e.g. a long stall) stops this run: someone else may now be sending.
  const stop = new AbortController();
  o.signal?.addEventListener('abort', () => stop.abort(), { once: true });
  const renewal = setInterval(() => {
    renewLease(lease, holder, LEASE_TTL_MS).then(
      (ok) => ok || stop.abort(),
      () => stop.abort(),
    );
  }, LEASE_TTL_MS / 4);
  try {
    const digest = await openDigest(o.frequency, o.now ?? new Date(), settings);
    const base = { digestId: digest.id, subject: digest.subject, recipients: digest.recipients };
    if (digest.status === 'sent')
      return {
        status: 'already-sent',
        ...base,
        counts: await countDeliveries(digest.id),
        abandoned: 0,
        durationMs: 0,
        distinctRenders: 0,
      };
    const abandoned = await settleAbandoned(digest.id);
    const before = await countDeliveries(digest.id);
    o.onStart?.({
      digestId: digest.id,
      recipients: digest.recipients,
      settled: digest.recipients - before.queued,
      abandoned: abandoned.unknown,
    });

    const transport = o.transport ?? createDigestTransport(settings);
    let distinctRenders = 0;
    let unreachable: string | undefined;
    try {
      distinctRenders = await deliverDigest({
        digest,
        transport,
        workers: settings.maxConnections,
        bounceLimit: settings.bounceLimit,
        timeZone: settings.timeZone,
        retryBaseMs: o.retryBaseMs,
        signal: stop.signal,
        onOutcomes: o.onOutcomes,
        onServerUnreachable: (reason) => (unreachable = reason),
      });
    } finally {
      if (!o.transport) transport?.close();
    }
    const counts = await countDeliveries(digest.id);
    const isDone = counts.queued === 0 && counts.sending === 0 && counts.delivering === 0;
    if (isDone) await db.digest.update({ where: { id: digest.id }, data: { status: 'sent', finishedAt: new Date() } });
    return {
      status: isDone ? 'sent' : 'interrupted',
      ...base,
      counts,
      abandoned: abandoned.unknown,
      durationMs: Date.now() - started,
      distinctRenders,
      unreachable,
    };
  } finally {
    clearInterval(renewal);
    await releaseLease(lease, holder);
  }
}
