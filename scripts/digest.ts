// npm run digest -- --frequency daily|weekly [--dry-run]
// Builds and sends the due digest with a progress bar. Safe to re-run and to run after a crash:
// the ledger skips everyone already settled. Ctrl-C stops cleanly (in-flight messages finish).
import './lib/load-env-files';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadCommandConfig } from './lib/load-command-config';

const usage = 'Usage: npm run digest -- --frequency daily|weekly [--dry-run]';
let args;
try {
  args = parseArgs({
    options: { frequency: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  }).values;
} catch (err) {
  console.error(`${(err as Error).message}\n${usage}`);
  process.exit(2);
}
const frequency = args.frequency;
if (frequency !== 'daily' && frequency !== 'weekly') {
  console.error(usage);
  process.exit(2);
}
// Every email carries signed links: without the secret nothing may be claimed or sent.
loadCommandConfig({ needsAuthSecret: 'Nothing was claimed or sent.' });
const { db } = await import('../lib/db');
const { closeMailTransport } = await import('../lib/mail/mail-transport');
const { dryRunDigest } = await import('../lib/newsletter/digest/preview-digest');
const { runDigest } = await import('../lib/newsletter/digest/run-digest');

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
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: finishing messages in flight, then stopping. Re-run to send the rest.`);
    stop.abort();
  });
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
let done = 0;
let sessionDone = 0;
const tally = { sent: 0, failed: 0 };
const summary = await runDigest({
  frequency,
  signal: stop.signal,
  onStart: ({ recipients, settled, abandoned }) => {
    done = settled;
    if (abandoned > 0)
      console.warn(
        `${abandoned} message(s) were being delivered when a previous run died; they most likely arrived, so they are marked unknown and not resent.`,
      );
    bar.start(recipients, done, { rate: '0', ...tally });
  },
  onOutcomes: (outcomes) => {
    const settled = outcomes.filter((o) => o.status !== 'retry');
    for (const o of settled) if (o.status === 'sent' || o.status === 'failed') tally[o.status] += 1;
    done += settled.length;
    sessionDone += settled.length;
    const rate = (sessionDone / Math.max(0.001, (Date.now() - startedAt) / 1000)).toFixed(1);
    bar.update(done, { rate, ...tally });
  },
});
bar.stop();
closeMailTransport();
await db.$disconnect();

if (summary.status === 'busy') {
  console.error(`Another process is sending the ${frequency} digest right now (database lease held). Try again later.`);
  process.exit(1);
}
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
  console.log(`  ${seconds}s, ${summary.distinctRenders} distinct bodies rendered`);
if (summary.unreachable)
  console.error(
    `The mail server (SMTP_URL) could not be reached (${summary.unreachable}); the rest stays queued. Run again once it is up.`,
  );
process.exit(summary.status === 'interrupted' ? 3 : 0);
