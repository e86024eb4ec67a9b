// One sender's run, from the CLI or the scheduler: hold a sender lease of its own, open (or
// resume) the slot's digest, settle what dead senders left in flight, send, and sum up. Any
// number of senders (processes, server instances) may run the same digest at once: each claims
// its own batches from the ledger (docs/0018-digest-throughput.md).
import crypto from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { db } from '../../db';
import { openDigest } from './create-digest';
import { deliverDigest } from './deliver-digest';
import { settleAbandoned, type DeliveryOutcome } from './delivery-ledger';
import type { Frequency } from './digest-schedule';
import { createDigestTransport } from '../../platform/digest-transport';
import { acquireLease, isLeaseHeld, keepLease, leaseHolderId, releaseLease } from '../../platform/job-lease';
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
  /**
   * This sender is one of `of` started together (`npm run digest -- --workers N`): it takes its
   * share of the configured connections and rate, so that together they stay within them.
   */
  share?: { index: number; of: number };
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
export type DigestRunSummary = {
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
const senderLease = (sender: string) => `digest-sender:${sender}`;
const isSenderAlive = (sender: string) => isLeaseHeld(senderLease(sender), sender);

/** This sender's part of `total` when `of` senders split it (at least 1 each). */
export function shareOf(total: number, share: { index: number; of: number } | undefined): number {
  if (!share || share.of <= 1) return total;
  return Math.max(1, Math.floor(total / share.of) + (share.index < total % share.of ? 1 : 0));
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Settles what dead senders left in flight and frees their leases (a stalled one then stops). */
async function settleDeadSenders(digestId: string) {
  const settled = await settleAbandoned(digestId, isSenderAlive);
  for (const sender of settled.deadSenders) await releaseLease(senderLease(sender), sender);
  return settled;
}

export async function countDeliveries(digestId: string): Promise<DeliveryCounts> {
  const rows = await db.digestDelivery.groupBy({ by: ['status'], where: { digestId }, _count: { _all: true } });
  const counts: DeliveryCounts = { queued: 0, sending: 0, delivering: 0, sent: 0, failed: 0, skipped: 0, unknown: 0 };
  for (const r of rows) if (r.status in counts) counts[r.status as keyof DeliveryCounts] = r._count._all;
  return counts;
}

export async function runDigest(o: RunDigestOptions): Promise<DigestRunSummary> {
  const started = Date.now();
  const settings = await getNewsletterSettings();
  const sender = leaseHolderId(crypto.randomUUID());
  const lease = senderLease(sender);
  await acquireLease(lease, sender, LEASE_TTL_MS);

  // Losing the lease (e.g. a long stall) stops this run: others may have taken over its rows.
  const held = keepLease(lease, sender, LEASE_TTL_MS, o.signal);
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
    const abandoned = await settleDeadSenders(digest.id);
    const before = await countDeliveries(digest.id);
    o.onStart?.({
      digestId: digest.id,
      recipients: digest.recipients,
      settled: digest.recipients - before.queued - before.sending - before.delivering,
      abandoned: abandoned.unknown,
    });

    const connections = shareOf(settings.maxConnections, o.share);
    const messagesPerSecond = shareOf(settings.messagesPerSecond, o.share);
    const transport = o.transport ?? createDigestTransport({ maxConnections: connections, messagesPerSecond });
    let distinctRenders = 0;
    let unknown = abandoned.unknown;
    let unreachable: string | undefined;
    let counts: DeliveryCounts;
    try {
      for (;;) {
        distinctRenders += await deliverDigest({
          digest,
          sender,
          transport,
          workers: connections,
          bounceLimit: settings.bounceLimit,
          timeZone: settings.timeZone,
          retryBaseMs: o.retryBaseMs,
          signal: held.signal,
          onOutcomes: o.onOutcomes,
          onServerUnreachable: (reason) => (unreachable = reason),
        });
        counts = await countDeliveries(digest.id);
        if (held.signal.aborted || unreachable || counts.queued + counts.sending + counts.delivering === 0) break;
        if (counts.queued > 0) continue; // requeued (a retry) since this sender looked
        // The queue is empty but other senders still have rows in flight: wait for them to
        // finish, and send what any of them leaves behind if it dies.
        await sleep(500, held.signal);
        unknown += (await settleDeadSenders(digest.id)).unknown;
      }
    } finally {
      if (!o.transport) transport?.close();
    }
    const isDone = counts.queued === 0 && counts.sending === 0 && counts.delivering === 0;
    if (isDone)
      await db.digest.updateMany({
        where: { id: digest.id, status: { not: 'sent' } },
        data: { status: 'sent', finishedAt: new Date() },
      });
    return {
      status: isDone ? 'sent' : 'interrupted',
      ...base,
      counts,
      abandoned: unknown,
      durationMs: Date.now() - started,
      distinctRenders,
      unreachable,
    };
  } finally {
    await held.release();
  }
}
