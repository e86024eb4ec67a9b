// npm run digest -- --frequency daily|weekly [--workers N] [--dry-run]
// Builds and sends the due digest with a progress bar (rate and ETA). Safe to re-run and to run
// after a crash: the ledger skips everyone already settled. Ctrl-C stops cleanly (in-flight
// messages finish). --workers N sends from N processes (scripts/lib/digest-workers.ts); each of
// them is this script with --sender i/N.
import './lib/load-env-files';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadCommandConfig } from './lib/load-command-config';

const usage = 'Usage: npm run digest -- --frequency daily|weekly [--workers N] [--dry-run]';
let args;
try {
  args = parseArgs({
    options: {
      frequency: { type: 'string' },
      workers: { type: 'string', default: '1' },
      sender: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  }).values;
} catch (err) {
  console.error(`${(err as Error).message}\n${usage}`);
  process.exit(2);
}
const frequency = args.frequency;
const workers = Number(args.workers);
const sender = /^(\d+)\/(\d+)$/.exec(args.sender ?? '');
if (
  (frequency !== 'daily' && frequency !== 'weekly') ||
  !Number.isInteger(workers) ||
  workers < 1 ||
  workers > 32 ||
  (args.sender !== undefined && !sender)
) {
  console.error(`${usage}\n  --workers: 1 to 32 sending processes (default 1)`);
  process.exit(2);
}
// Every email carries signed links: without the secret nothing may be claimed or sent.
loadCommandConfig({ needsAuthSecret: 'Nothing was claimed or sent.' });
const { db } = await import('../lib/db');
const { closeMailTransport } = await import('../lib/mail/mail-transport');
const { dryRunDigest } = await import('../lib/newsletter/digest/preview-digest');
const { countDeliveries, runDigest } = await import('../lib/newsletter/digest/run-digest');

if (args['dry-run']) {
  const plan = await dryRunDigest(frequency);
  console.log(
    `Dry run: nothing is sent or written.\n  slot ${plan.slot}${plan.existing ? ` (digest ${plan.existing.id} already exists: ${plan.existing.status})` : ''}`,
  );
  console.log(
    `  subject: ${plan.subject}\n  period from ${plan.periodStart.toISOString()}\n  ${plan.recipients} recipients, ${plan.storySets} distinct story sets`,
  );
  plan.topStories.forEach((t, i) => console.log(`  ${String(i + 1).padStart(2)}. ${t}`));
  await db.$disconnect();
  process.exit(0);
}

const stop = new AbortController();
const isChild = sender !== null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (!isChild) console.error(`\n${signal}: finishing messages in flight, then stopping. Re-run to send the rest.`);
    stop.abort();
  });
}

if (sender) {
  // One of --workers N: send, report to the parent, and stop with it.
  process.once('disconnect', () => stop.abort());
  const summary = await runDigest({
    frequency,
    signal: stop.signal,
    share: { index: Number(sender[1]), of: Number(sender[2]) },
  });
  process.send?.({
    distinctRenders: summary.distinctRenders,
    abandoned: summary.abandoned,
    unreachable: summary.unreachable,
  });
  await db.$disconnect();
  process.exit(summary.status === 'interrupted' ? 3 : 0);
}

const bar = new cliProgress.SingleBar(
  {
    format: ' {bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted} | sent {sent} failed {failed}',
    hideCursor: true,
    etaBuffer: 200,
  },
  cliProgress.Presets.shades_classic,
);
const startedAt = Date.now();
const warnAbandoned = (abandoned: number) =>
  abandoned > 0 &&
  console.warn(
    `${abandoned} message(s) were being delivered when a previous run died; they most likely arrived, so they are marked unknown and not resent.`,
  );
const rateSince = (from: number, done: number) =>
  ((done - from) / Math.max(0.001, (Date.now() - startedAt) / 1000)).toFixed(1);
const summary = workers > 1 ? await sendFromWorkers() : await sendHere();
bar.stop();
closeMailTransport();
await db.$disconnect();

const c = summary.counts;
const seconds = (summary.durationMs / 1000).toFixed(1);
console.log(
  summary.status === 'already-sent'
    ? `The ${frequency} digest for this period was already sent (${summary.digestId}): nothing to do.`
    : `${summary.status === 'sent' ? 'Done' : 'Stopped early'}: ${summary.subject} (${summary.digestId})`,
);
console.log(
  `  recipients ${summary.recipients} · sent ${c.sent} · failed ${c.failed} · skipped ${c.skipped} · unknown ${c.unknown} · still queued ${c.queued}`,
);
if (summary.status !== 'already-sent')
  console.log(
    `  ${seconds}s (${rateSince(0, c.sent + c.failed)} messages/s overall), ${summary.distinctRenders} distinct bodies rendered${workers > 1 ? ` by ${workers} senders` : ''}`,
  );
if (summary.unreachable)
  console.error(
    `The mail server (SMTP_URL) could not be reached (${summary.unreachable}); the rest stays queued. Run again once it is up.`,
  );
process.exit(summary.status === 'interrupted' ? 3 : 0);

/** One sender in this process, its progress from its own outcomes. */
async function sendHere() {
  let done = 0;
  let from = 0;
  const tally = { sent: 0, failed: 0 };
  return runDigest({
    frequency: frequency as 'daily' | 'weekly',
    signal: stop.signal,
    onStart: ({ recipients, settled, abandoned }) => {
      done = from = settled;
      warnAbandoned(abandoned);
      bar.start(recipients, done, { rate: '0', ...tally });
    },
    onOutcomes: (outcomes) => {
      const settled = outcomes.filter((o) => o.status !== 'retry');
      for (const o of settled) if (o.status === 'sent' || o.status === 'failed') tally[o.status] += 1;
      done += settled.length;
      bar.update(done, { rate: rateSince(from, done), ...tally });
    },
  });
}

/** N sender processes; this one opens the digest first (so they do not race to write the ledger). */
async function sendFromWorkers(): Promise<import('../lib/newsletter/digest/run-digest').DigestRunSummary> {
  const { openDigest } = await import('../lib/newsletter/digest/create-digest');
  const { getNewsletterSettings } = await import('../lib/newsletter/newsletter-settings');
  const { runDigestWorkers } = await import('./lib/digest-workers');
  const digest = await openDigest(frequency as 'daily' | 'weekly', new Date(), await getNewsletterSettings());
  const base = { digestId: digest.id, subject: digest.subject, recipients: digest.recipients };
  const initial = await countDeliveries(digest.id);
  if (digest.status === 'sent')
    return { status: 'already-sent', ...base, counts: initial, abandoned: 0, durationMs: 0, distinctRenders: 0 };
  const settledOf = (k: typeof initial) => digest.recipients - k.queued - k.sending - k.delivering;
  const from = settledOf(initial);
  bar.start(digest.recipients, from, { rate: '0', sent: initial.sent, failed: initial.failed });
  let counts = initial;
  const reports = await runDigestWorkers({
    frequency: frequency!,
    workers,
    signal: stop.signal,
    countDeliveries: () => countDeliveries(digest.id),
    onCounts: (k) => {
      counts = k;
      bar.update(settledOf(k), { rate: rateSince(from, settledOf(k)), sent: k.sent, failed: k.failed });
    },
  });
  const abandoned = reports.reduce((n, r) => n + r.abandoned, 0);
  warnAbandoned(abandoned);
  const isDone = counts.queued + counts.sending + counts.delivering === 0;
  return {
    status: isDone ? 'sent' : 'interrupted',
    ...base,
    counts,
    abandoned,
    durationMs: Date.now() - startedAt,
    distinctRenders: reports.reduce((n, r) => n + r.distinctRenders, 0),
    unreachable: reports.find((r) => r.unreachable)?.unreachable,
  };
}
