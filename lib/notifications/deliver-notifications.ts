// Sends what the comment-notification ledger holds that is due, under one database lease so
// that of many instances (and `npm run notifications`) one sends at a time. Exactly once: each
// email is claimed before any SMTP traffic and marked "delivering" just before SMTP's
// end-of-data mark, so a sender killed at any point leaves at most that one message undecided
// (unknown, never resent) and everything else is sent by the next run (docs/0014).
import crypto from 'node:crypto';
import { db } from '../db';
import { acquireLease, keepLease, leaseHolderId } from '../platform/job-lease';
import { renderEmail } from '../mail/render-email';
import { sendRenderedEmail, SuppressedRecipientError } from '../mail/send-email';
import { classifySmtpError, retryDelayMs } from '../newsletter/digest/classify-smtp-error';
import { composeNotification } from './compose-notification';
import { claimDue, markDelivering, recordOutcome, settleAbandoned, type Claim } from './notification-ledger';

const LEASE = 'comment-notifications';
const LEASE_TTL_MS = 60_000;
const BATCH = 20;
const MAX_ATTEMPTS = 5;

export type NotificationRunSummary =
  | { status: 'busy' }
  | {
      status: 'done' | 'interrupted';
      sent: number;
      failed: number;
      skipped: number;
      unknown: number;
      abandoned: number;
    };

export type DeliverOptions = { now?: () => Date; signal?: AbortSignal; retryBaseMs?: number };

export async function deliverNotifications(o: DeliverOptions = {}): Promise<NotificationRunSummary> {
  // Nothing queued or left in flight: no lease write. Every instance runs this each minute, and a
  // write would queue behind another process's lock ahead of readers' own writes (locked-database test).
  // Rows waiting for their time (a daily summary, a retry) are not work yet.
  const hasWork = await db.commentNotification.findFirst({
    where: {
      OR: [
        { status: 'queued', nextAttemptAt: { lte: o.now?.() ?? new Date() } },
        { status: { in: ['sending', 'delivering'] } },
      ],
    },
    select: { id: true },
  });
  if (!hasWork) return { status: 'done', sent: 0, failed: 0, skipped: 0, unknown: 0, abandoned: 0 };
  const holder = leaseHolderId(crypto.randomUUID());
  if (!(await acquireLease(LEASE, holder, LEASE_TTL_MS))) return { status: 'busy' };
  // Losing the lease (a long stall) stops this run: someone else may be sending now.
  const held = keepLease(LEASE, holder, LEASE_TTL_MS, o.signal);
  const counts = { sent: 0, failed: 0, skipped: 0, unknown: 0 };
  try {
    const abandoned = (await settleAbandoned()).unknown;
    for (;;) {
      if (held.signal.aborted) return { status: 'interrupted', ...counts, abandoned };
      const claims = await claimDue(BATCH, o.now?.() ?? new Date());
      if (claims.length === 0) return { status: 'done', ...counts, abandoned };
      for (const [i, claim] of claims.entries()) {
        if (held.signal.aborted) {
          // Never attempted: straight back to the queue for the next run.
          for (const rest of claims.slice(i))
            await recordOutcome(rest, { status: 'retry', response: 'sender stopped', nextAttemptAt: new Date() });
          return { status: 'interrupted', ...counts, abandoned };
        }
        const outcome = await deliverOne(claim, o.retryBaseMs ?? 60_000);
        counts[outcome]++;
      }
    }
  } finally {
    await held.release();
  }
}

type Outcome = 'sent' | 'failed' | 'skipped' | 'unknown';

async function deliverOne(claim: Claim, retryBaseMs: number): Promise<Outcome> {
  let composed;
  try {
    composed = await composeNotification(claim);
  } catch (err) {
    console.error('Could not compose a comment notification; it will be retried', err);
    await recordOutcome(claim, { status: 'retry', response: String(err), nextAttemptAt: later(claim, retryBaseMs) });
    return 'failed';
  }
  for (const s of composed.skipped) await recordOutcome(claim, { status: 'skipped', response: s.reason }, s.ids);
  const email = composed.email;
  if (!email) return 'skipped';
  let isDelivering = false;
  try {
    const { html, text } = await renderEmail(email.template);
    const result = await sendRenderedEmail(
      {
        to: email.to,
        subject: email.subject,
        html,
        text,
        listUnsubscribe: email.listUnsubscribe,
        listId: email.listId,
        context: { kind: 'notification', userId: claim.recipientId },
      },
      {
        beforeEndOfData: async () => {
          await markDelivering(claim, email.ids);
          isDelivering = true;
        },
      },
    );
    await recordOutcome(claim, { status: 'sent', response: result.response ?? 'captured' }, email.ids);
    return 'sent';
  } catch (err) {
    // Bounced or complained since it was queued: nothing was sent, and nothing ever will be.
    if (err instanceof SuppressedRecipientError) {
      await recordOutcome(claim, { status: 'skipped', response: err.message }, email.ids);
      return 'skipped';
    }
    const failure = classifySmtpError(err);
    const hasAnswer = typeof (err as { responseCode?: unknown }).responseCode === 'number';
    // Past end-of-data without the server's answer, the message may have arrived: never resend.
    if (isDelivering && !hasAnswer) {
      await recordOutcome(claim, { status: 'unknown', response: failure.response }, email.ids);
      return 'unknown';
    }
    const attempts = await attemptsOf(claim);
    if (failure.kind === 'transient' && attempts < MAX_ATTEMPTS) {
      await recordOutcome(
        claim,
        { status: 'retry', response: failure.response, nextAttemptAt: later(claim, retryBaseMs, attempts) },
        email.ids,
      );
      return 'failed';
    }
    await recordOutcome(claim, { status: 'failed', response: failure.response }, email.ids);
    return 'failed';
  }
}

const later = (_claim: Claim, baseMs: number, attempts = 1) => new Date(Date.now() + retryDelayMs(attempts, baseMs));

async function attemptsOf(claim: Claim): Promise<number> {
  const row = await db.commentNotification.findFirst({
    where: { claimToken: claim.claimToken },
    select: { attempts: true },
  });
  return row?.attempts ?? MAX_ATTEMPTS;
}
