// The sending workers: each claims a small batch from the ledger and sends it through the digest's
// SMTP connections, until nothing is queued or the run is asked to stop. A message's outcome is
// written in the same commit as the worker's next "delivering" mark (or when the worker pauses,
// stops or has several outcomes owed): one commit per message, and a hard kill still leaves at
// most one delivered message per worker undecided, never a whole batch (docs/0018).
import crypto from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { Digest } from '../../generated/prisma/client';
import { parseEmailInput } from '../../mail/email-input';
import { sendRawEmail } from '../../mail/send-raw-email';
import { bounceHeadersFor } from '../../mail/bounce-headers';
import { envelopeSenderFor } from '../../mail/bounce-token';
import { fromAddress, messageIdDomain } from '../../mail/from-address';
import { filterSuppressed } from '../../mail/filter-suppressed';
import type { MailContext } from '../../mail/mail-context';
import { classifySmtpError, retryDelayMs } from './classify-smtp-error';
import {
  claimBatch,
  LostClaimError,
  markDelivering,
  nextQueuedAt,
  recordOutcomes,
  releaseUnsent,
  type ClaimedDelivery,
  type DeliveryOutcome,
} from './delivery-ledger';
import { listNewsletterChoices } from '../subscription/newsletter-choices';
import { listIdFor, preferencesUrl, unsubscribeUrl } from '../newsletter-urls';
import { loadDigestArticles } from './load-digest-stories';
import { createDigestRenderer, PREFERENCES, UNSUBSCRIBE } from './render-digest';
import { SmtpUnreachableError } from '../../platform/digest-transport';

export type DeliverOptions = {
  digest: Digest;
  /** This sender's id (its lease holder): its claims carry it. */
  sender: string;
  transport?: Transporter;
  workers: number;
  bounceLimit: number;
  timeZone: string;
  /**
   * Rows per claim (default 50). A claim and its suppression check cost about as much CPU as
   * several messages; claimed rows cost nothing while they wait, and a stop or kill gives them back
   * to the queue (docs/0018).
   */
  batchSize?: number;
  retryBaseMs?: number;
  maxAttempts?: number;
  signal?: AbortSignal;
  onOutcomes?: (outcomes: DeliveryOutcome[]) => void;
  /** The SMTP server could not be reached: sending stopped, the rest stays queued. */
  onServerUnreachable?: (reason: string) => void;
};

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Outcomes a worker knows and has not written yet; written with its next mark or flush. */
type Owed = { outcomes: DeliveryOutcome[] };
/** Past this many owed outcomes (rows skipped or refused in a row, no mark to ride on), write them. */
const MAX_OWED = 10;

/** Sends what is queued; returns how many distinct bodies React rendered. */
export async function deliverDigest(o: DeliverOptions): Promise<number> {
  const { digest, signal, batchSize = 50, retryBaseMs = 30_000, maxAttempts = 5 } = o;
  const articles = await loadDigestArticles(JSON.parse(digest.articleIds) as string[]);
  const renderer = createDigestRenderer(digest, articles, await listNewsletterChoices(), o.timeZone);
  const listId = listIdFor(digest.frequency);
  const envelopeFrom = fromAddress();
  const idDomain = messageIdDomain();

  // A server that is down is nobody's bounce and not worth burning every row's attempts on:
  // stop, leave the rows queued, and let the next run (the scheduler's next tick) send them.
  let isServerUnreachable = false;

  /**
   * Writes the owed outcomes with `write`. They are taken before the first await, so no other
   * write (a flush, the end-of-data hook of a message nodemailer is still draining) can write
   * the same ones twice; a failed write gives them back.
   */
  const settle = async <T>(owed: Owed, write: (outcomes: DeliveryOutcome[]) => Promise<T>): Promise<T> => {
    const outcomes = owed.outcomes;
    owed.outcomes = [];
    let result: T;
    try {
      result = await write(outcomes);
    } catch (err) {
      owed.outcomes = [...outcomes, ...owed.outcomes];
      throw err;
    }
    if (outcomes.length > 0) o.onOutcomes?.(outcomes);
    return result;
  };
  const flush = (owed: Owed) =>
    owed.outcomes.length === 0
      ? Promise.resolve()
      : settle(owed, (outcomes) => recordOutcomes(outcomes, o.bounceLimit));

  /** null when the row was taken over by another run, 'unsent' when the server is unreachable. */
  async function sendOne(
    row: ClaimedDelivery,
    suppressed: Set<string>,
    owed: Owed,
  ): Promise<DeliveryOutcome | null | 'unsent'> {
    const s = row.subscriber;
    const claim = { id: row.id, claimToken: row.claimToken };
    // Unsubscribed, suspended or re-pending since the ledger was written: not theirs any more.
    if (s.status !== 'active' || !s.email)
      return { ...claim, status: 'skipped', response: `subscriber is ${s.status}` };
    const links = { preferencesUrl: preferencesUrl(s), unsubscribeUrl: unsubscribeUrl(s, digest.id) };
    let isEndOfDataSent = false;
    const beforeEndOfData = async () => {
      // The owed outcomes commit with the mark, also when the row turns out not to be ours.
      const isStillOurs = await settle(owed, (outcomes) => markDelivering(row, outcomes, o.bounceLimit));
      if (!isStillOurs) throw new LostClaimError(`delivery ${row.id} is no longer claimed by this sender`);
      isEndOfDataSent = true;
    };
    // The VERP token names this delivery, so a later bounce or complaint marks it (docs/0016).
    const context: MailContext = { kind: 'digest', deliveryId: row.id };
    try {
      // The same checks sendEmail makes: a bad stored address fails this row, not the run, and
      // an address that bounced or complained (even since the run began) gets nothing.
      parseEmailInput({ to: s.email, subject: digest.subject, listUnsubscribe: links.unsubscribeUrl, listId });
      if (suppressed.has(s.email))
        return { ...claim, status: 'skipped', response: 'address is on the suppression list' };
      const template = await renderer.message(s, { subject: digest.subject, listId });
      const date = new Date();
      const raw = template.fill({
        to: s.email,
        messageId: `${crypto.randomUUID()}@${idDomain}`,
        date,
        headers: {
          'List-Unsubscribe': `<${links.unsubscribeUrl}>`,
          'X-Entity-Ref-ID': row.id,
          ...bounceHeadersFor(context),
        },
        body: { [PREFERENCES]: links.preferencesUrl, [UNSUBSCRIBE]: links.unsubscribeUrl },
      });
      const info = await sendRawEmail(
        {
          raw,
          // The VERP address takes bounces (the message bytes are shared; only the envelope differs).
          envelope: { from: envelopeSenderFor(context) ?? envelopeFrom, to: [s.email] },
          subject: digest.subject,
          date,
        },
        { transport: o.transport, beforeEndOfData },
      );
      return {
        ...claim,
        status: 'sent',
        response: info.response ?? 'captured locally (no SMTP_URL)',
        subscriberId: s.id,
        hadBounces: s.bounceCount > 0,
      };
    } catch (err) {
      if (err instanceof LostClaimError) return null;
      if (err instanceof SmtpUnreachableError) {
        if (!isServerUnreachable) o.onServerUnreachable?.(err.message);
        isServerUnreachable = true;
        return 'unsent';
      }
      // The end-of-data mark went out and no reply came back (the connection dropped): the
      // server may well have accepted the message (RFC 1047), so it is not sent again.
      if (isEndOfDataSent && typeof (err as { responseCode?: unknown }).responseCode !== 'number') {
        return {
          ...claim,
          status: 'unknown',
          response: `no reply to the end of the message (${(err as Error).message}); not resent to avoid a duplicate`,
        };
      }
      const failure = classifySmtpError(err);
      if (failure.kind === 'transient' && row.attempts < maxAttempts) {
        return {
          ...claim,
          status: 'retry',
          response: failure.response,
          nextAttemptAt: new Date(Date.now() + retryDelayMs(row.attempts, retryBaseMs)),
        };
      }
      const isBounce = failure.kind === 'permanent' && (err as Error).name !== 'InvalidEmailError';
      return { ...claim, status: 'failed', response: failure.response, subscriberId: s.id, isBounce };
    }
  }

  // One claim at a time per process: this sender's workers never race each other for rows.
  let claiming: Promise<unknown> = Promise.resolve();
  const claim = () => {
    const next = claiming.then(() => claimBatch(digest.id, batchSize, o.sender));
    claiming = next.catch(() => {});
    return next;
  };

  async function worker(): Promise<void> {
    const owed: Owed = { outcomes: [] };
    try {
      await sendBatches(owed);
    } catch (err) {
      // What is known still gets written where the database allows; the error is the one reported.
      await flush(owed).catch(() => {});
      throw err;
    }
    await flush(owed);
  }

  async function sendBatches(owed: Owed): Promise<void> {
    while (!signal?.aborted && !isServerUnreachable) {
      const batch = await claim();
      if (batch.length === 0) {
        // Written before waiting: senders finishing the digest wait for rows in flight to settle.
        await flush(owed);
        const next = await nextQueuedAt(digest.id);
        if (!next) return;
        await sleep(Math.min(Math.max(next.getTime() - Date.now(), 10), 1000), signal);
        continue;
      }
      // One suppression-list query per claimed batch, not one per message.
      const emails = batch.flatMap((row) => (row.subscriber.email ? [row.subscriber.email] : []));
      const suppressed = new Set((await filterSuppressed(emails)).suppressed);
      const unsent: string[] = [];
      for (const row of batch) {
        const outcome = signal?.aborted || isServerUnreachable ? 'unsent' : await sendOne(row, suppressed, owed);
        if (outcome === 'unsent') unsent.push(row.id);
        if (!outcome || outcome === 'unsent') continue;
        owed.outcomes.push(outcome);
        if (owed.outcomes.length >= MAX_OWED) await flush(owed);
      }
      await releaseUnsent(unsent);
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, o.workers) }, worker));
  return renderer.distinctRenders();
}
