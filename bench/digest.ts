// The digest to N subscribers through the real path (runDigest: lease, ledger, claims, React
// render per story set, per-reader links, outcomes recorded) against bare nodemailer with the
// same pool settings sending one pre-rendered digest to the same addresses, both into a local
// SMTP sink that accepts and discards. SMTP_URL must point at the sink before lib/ is imported.
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import type { BenchOptions } from './options';
import { ratioOf, type Figure, type Side } from './results';
import type { RawDb } from './seed';

const DIGEST_TARGET = 1.0;

/** Is the digest sender there to call? (Another engineer is finishing lib/newsletter/.) */
export async function findDigestSender(): Promise<string | null> {
  try {
    const mod = (await import('../lib/newsletter/digest/run-digest')) as Record<string, unknown>;
    return typeof mod.runDigest === 'function' ? null : 'lib/newsletter/digest/run-digest.ts has no runDigest export';
  } catch (err) {
    return `lib/newsletter/digest/run-digest.ts cannot be loaded: ${(err as Error).message.split('\n')[0]}`;
  }
}

export async function benchDigest(raw: RawDb, o: BenchOptions): Promise<Figure> {
  const { runDigest } = await import('../lib/newsletter/digest/run-digest');
  const { getNewsletterSettings } = await import('../lib/newsletter/newsletter-settings');
  const { loadDigestArticles } = await import('../lib/newsletter/digest/load-digest-stories');
  const { listNewsletterChoices } = await import('../lib/newsletter/subscription/newsletter-choices');
  const { createDigestRenderer } = await import('../lib/newsletter/digest/render-digest');
  const { listIdFor } = await import('../lib/newsletter/newsletter-urls');
  const { getEnv } = await import('../lib/env');

  raw.exec(`DELETE FROM "Digest"; DELETE FROM "JobLease";`); // a slot already sent would be skipped
  const settings = await getNewsletterSettings();

  // The real path, timed as a whole as the CLI reports it.
  const t0 = performance.now();
  const summary = await runDigest({ frequency: 'daily' });
  const realMs = performance.now() - t0;
  const sent = summary.counts.sent;
  const subject: Side = {
    label: `runDigest, ${settings.maxConnections} connections`,
    count: sent,
    perSecond: sent / (realMs / 1000),
  };

  // The baseline: the same digest, rendered once before the clock starts, to the same addresses.
  const digest = await (await import('../lib/db')).db.digest.findUniqueOrThrow({ where: { id: summary.digestId } });
  const articles = await loadDigestArticles(JSON.parse(digest.articleIds) as string[]);
  const renderer = createDigestRenderer(digest, articles, await listNewsletterChoices(), settings.timeZone);
  const links = {
    preferencesUrl: 'https://example.invalid/newsletter/preferences?token=x',
    unsubscribeUrl: 'https://example.invalid/newsletter/unsubscribe?token=x',
  };
  const { html, text } = await renderer.personalised({ sections: '', topics: '' }, links);
  const addresses = (
    raw.prepare(`SELECT email FROM "Subscriber" WHERE status = 'active' AND frequency = 'daily' ORDER BY id`).all() as {
      email: string;
    }[]
  ).map((r) => r.email);
  // nodemailer's own pool, as the digest used before it needed to hold back end-of-data
  // (lib/platform/digest-transport.ts): the practical limit for the same connections.
  const smtpUrl = getEnv().SMTP_URL;
  if (!smtpUrl) throw new Error('SMTP_URL is not set for the digest bench');
  const transport = nodemailer.createTransport({
    ...parseConnectionUrl(smtpUrl),
    pool: true,
    maxConnections: settings.maxConnections,
    maxMessages: 1000,
    rateDelta: 1000,
    rateLimit: settings.messagesPerSecond,
  });
  const from = getEnv().EMAIL_FROM;
  const headers = {
    'List-Unsubscribe': `<${links.unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': listIdFor('daily'),
  };
  let next = 0;
  const t1 = performance.now();
  // Enough in flight to keep every pooled connection busy; the pool queues the rest.
  await Promise.all(
    Array.from({ length: settings.maxConnections * 4 }, async () => {
      while (next < addresses.length) {
        const to = addresses[next++]!;
        await transport.sendMail({ from, to, subject: digest.subject, html, text, headers });
      }
    }),
  );
  const bareMs = performance.now() - t1;
  transport.close();
  const baseline: Side = {
    label: `bare nodemailer, same pool, pre-rendered`,
    count: addresses.length,
    perSecond: addresses.length / (bareMs / 1000),
  };
  const ratio = ratioOf(subject, baseline);
  return {
    id: 'digest',
    title: `Digest to ${o.subscribers.toLocaleString('en')} subscribers, local SMTP sink`,
    subject,
    baseline,
    ratio,
    target: { text: `≥ ${DIGEST_TARGET}× bare nodemailer`, isMet: (ratio ?? 0) >= DIGEST_TARGET },
    notes: [
      `real run: sent ${sent}, failed ${summary.counts.failed}, ${'distinctRenders' in summary ? summary.distinctRenders : 0} distinct renders, ${(realMs / 1000).toFixed(1)} s (includes opening the ledger)`,
      `pool: ${settings.maxConnections} connections, rate limit lifted (messagesPerSecond ${settings.messagesPerSecond}) on both sides`,
      `${(Buffer.byteLength(html) / 1024).toFixed(1)} KB HTML + ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB text per message`,
    ],
  };
}
