// The sending workers: each claims a small batch from the ledger, sends it through the pooled
// transport, and records the outcomes, until nothing is queued or the run is asked to stop.
import type { Transporter } from 'nodemailer';
import type { Digest } from '../generated/prisma/client';
import { sendRenderedEmail } from '../mail/send-email';
import { classifySmtpError, retryDelayMs } from './classify-smtp-error';
import { claimBatch, nextQueuedAt, recordOutcomes, releaseUnsent, type ClaimedDelivery, type DeliveryOutcome } from './delivery-ledger';
import { listNewsletterChoices } from './newsletter-choices';
import { listIdFor, preferencesUrl, unsubscribeUrl } from './newsletter-urls';
import { loadDigestArticles } from './load-digest-stories';
import { createDigestRenderer } from './render-digest';

export type DeliverOptions = {
  digest: Digest;
  transport?: Transporter;
  workers: number;
  bounceLimit: number;
  timeZone: string;
  batchSize?: number;
  retryBaseMs?: number;
  maxAttempts?: number;
  signal?: AbortSignal;
  onOutcomes?: (outcomes: DeliveryOutcome[]) => void;
};

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Sends what is queued; returns how many distinct bodies React rendered. */
export async function deliverDigest(o: DeliverOptions): Promise<number> {
  const { digest, signal, batchSize = 5, retryBaseMs = 30_000, maxAttempts = 5 } = o;
  const articles = await loadDigestArticles(JSON.parse(digest.articleIds) as string[]);
  const renderer = createDigestRenderer(digest, articles, await listNewsletterChoices(), o.timeZone);
  const listId = listIdFor(digest.frequency);

  async function sendOne(row: ClaimedDelivery): Promise<DeliveryOutcome> {
    const s = row.subscriber;
    // Unsubscribed, suspended or re-pending since the ledger was written: not theirs any more.
    if (s.status !== 'active' || !s.email) return { id: row.id, status: 'skipped', response: `subscriber is ${s.status}` };
    const links = { preferencesUrl: preferencesUrl(s), unsubscribeUrl: unsubscribeUrl(s) };
    try {
      const { html, text } = await renderer.personalised(s, links);
      const info = await sendRenderedEmail(
        { to: s.email, subject: digest.subject, html, text, listUnsubscribe: links.unsubscribeUrl, listId, headers: { 'X-Entity-Ref-ID': row.id } },
        { transport: o.transport },
      );
      return { id: row.id, status: 'sent', response: info.response ?? 'captured locally (no SMTP_URL)', subscriberId: s.id, hadBounces: s.bounceCount > 0 };
    } catch (err) {
      const failure = classifySmtpError(err);
      if (failure.kind === 'transient' && row.attempts < maxAttempts) {
        return { id: row.id, status: 'retry', response: failure.response, nextAttemptAt: new Date(Date.now() + retryDelayMs(row.attempts, retryBaseMs)) };
      }
      const isBounce = failure.kind === 'permanent' && (err as Error).name !== 'InvalidEmailError';
      return { id: row.id, status: 'failed', response: failure.response, subscriberId: s.id, isBounce };
    }
  }

  async function worker(): Promise<void> {
    while (!signal?.aborted) {
      const batch = await claimBatch(digest.id, batchSize);
      if (batch.length === 0) {
        const next = await nextQueuedAt(digest.id);
        if (!next) return;
        await sleep(Math.min(Math.max(next.getTime() - Date.now(), 10), 1000), signal);
        continue;
      }
      const outcomes: DeliveryOutcome[] = [];
      const unsent: string[] = [];
      for (const row of batch) {
        if (signal?.aborted) unsent.push(row.id);
        else outcomes.push(await sendOne(row));
      }
      await recordOutcomes(outcomes, o.bounceLimit);
      await releaseUnsent(unsent);
      o.onOutcomes?.(outcomes);
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, o.workers) }, worker));
  return renderer.distinctRenders();
}
