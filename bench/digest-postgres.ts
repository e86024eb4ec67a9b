// Opt-in sections that need `--postgres URL` of a server we may create databases on (e.g. from
// .ci/start-postgres); each run gets a fresh database of `--pg-subscribers` readers, dropped after.
// - `digest-200k`: a digest to 200,000 subscribers on PostgreSQL, end to end — `npm run digest --
//   --workers 2` from spawn to exit (opening the ledger included) into the local SMTP sink.
// - `digest-pg-senders`: one sender process against two on PostgreSQL, where claims skip each
//   other's locked rows (SKIP LOCKED) and commits from two processes run side by side; rates
//   from the ledger's sentAt span, as the SQLite comparison reads them (digest-senders.ts).
// They take minutes, so they are not part of the default run.
import crypto from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPrismaClient } from '../lib/db-client';
import { importContent } from '../lib/content/import-content';
import { migrateDatabase } from '../lib/setup/migrate-database';
import type { BenchOptions } from './options';
import { startGroup } from './processes';
import { twoSendersFigure } from './digest-senders';
import type { Figure, Side } from './results';

type Run = Side & { sent: number; wallS: number };

/** A fresh database of `o.pgSubscribers` readers, one `npm run digest -- --workers N` into the sink. */
async function runOnPostgres(
  o: BenchOptions,
  workers: number,
  workDir: string,
  log: (l: string) => void,
): Promise<Run> {
  if (!o.postgresUrl) throw new Error('this section needs --postgres URL (e.g. from .ci/start-postgres)');
  const name = `dispatch_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = createPrismaClient(o.postgresUrl);
  // Our own hex name: CREATE DATABASE takes no parameters.
  await admin.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(o.postgresUrl);
  url.pathname = `/${name}`;
  const db = createPrismaClient(url.toString());
  try {
    log(
      `PostgreSQL digest: migrating ${name}, importing content/, seeding ${o.pgSubscribers.toLocaleString('en')} subscribers`,
    );
    migrateDatabase(url.toString());
    await importContent(db, 'content');
    await db.$executeRaw`
      INSERT INTO "Subscriber" ("id", "emailKey", "email", "status", "frequency", "sections", "topics", "confirmedAt", "updatedAt")
      SELECT 'spg' || lpad(g::text, 9, '0'), md5('bench' || g), 'reader' || g || '@bench.invalid', 'active', 'daily',
             CASE WHEN g % 3 = 1 THEN 'science' ELSE '' END, '', now(), now()
      FROM generate_series(1, ${o.pgSubscribers}::int) AS g`;
    await db.newsletterSettings.upsert({
      where: { id: 1 },
      create: { id: 1, isSchedulerEnabled: false, maxConnections: 5, messagesPerSecond: 1_000_000 },
      update: { isSchedulerEnabled: false, maxConnections: 5, messagesPerSecond: 1_000_000 },
    });
    log(`PostgreSQL digest: npm run digest -- --workers ${workers}`);
    const t0 = performance.now();
    const run = startGroup(
      process.execPath,
      ['--import', 'tsx', path.join('scripts', 'digest.ts'), '--frequency', 'daily', '--workers', String(workers)],
      { ...process.env, DATABASE_URL: url.toString() },
      path.join(workDir, `digest-postgres-${workers}.log`),
    );
    const code = await new Promise<number | null>((resolve) => run.child.once('exit', resolve));
    const wallS = (performance.now() - t0) / 1000;
    if (code !== 0) throw new Error(`digest exited ${code}; see ${run.logFile}`);
    const [span] = await db.$queryRaw<{ n: bigint; first: Date | null; last: Date | null }[]>`
      SELECT COUNT(*) AS n, MIN("sentAt") AS first, MAX("sentAt") AS last FROM "DigestDelivery" WHERE status = 'sent'`;
    const sent = Number(span!.n);
    const spanS = span!.first && span!.last ? (span!.last.getTime() - span!.first.getTime()) / 1000 : 0;
    return {
      label: `npm run digest -- --workers ${workers}`,
      count: sent,
      perSecond: spanS > 0 ? (sent - 1) / spanS : undefined,
      sent,
      wallS,
    };
  } finally {
    await db.$disconnect();
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.$disconnect();
  }
}

export async function benchDigestPostgres(o: BenchOptions, workDir: string, log: (l: string) => void): Promise<Figure> {
  const run = await runOnPostgres(o, 2, workDir, log);
  return {
    id: 'digest-200k',
    title: `Digest to ${o.pgSubscribers.toLocaleString('en')} subscribers on PostgreSQL, 2 senders, end to end`,
    subject: { label: run.label, count: run.sent, perSecond: run.sent / run.wallS },
    notes: [
      `${run.sent} sent in ${(run.wallS / 60).toFixed(1)} min from spawn to exit (ledger written first)`,
      `${run.perSecond?.toFixed(1) ?? '?'}/s over the span of the sent rows (start-up and ledger left out)`,
    ],
  };
}

export async function benchDigestPostgresSenders(
  o: BenchOptions,
  workDir: string,
  log: (l: string) => void,
): Promise<Figure> {
  const one = await runOnPostgres(o, 1, workDir, log);
  const two = await runOnPostgres(o, 2, workDir, log);
  return twoSendersFigure(
    'digest-pg-senders',
    `Digest to ${o.pgSubscribers.toLocaleString('en')} subscribers on PostgreSQL: two sender processes vs one`,
    one,
    two,
  );
}
