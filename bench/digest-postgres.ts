// Opt-in (`--only digest-200k`, needs `--postgres URL` of a server we may create databases on,
// e.g. from .ci/start-postgres): a digest to 200,000 subscribers on PostgreSQL, end to end —
// `npm run digest -- --workers 2` from spawn to exit (opening the ledger included) into the
// local SMTP sink. It takes minutes, so it is not part of the default run.
import crypto from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPrismaClient } from '../lib/db-client';
import { importContent } from '../lib/content/import-content';
import { migrateDatabase } from '../lib/setup/migrate-database';
import type { BenchOptions } from './options';
import { startGroup } from './processes';
import type { Figure } from './results';

const WORKERS = 2;

export async function benchDigestPostgres(o: BenchOptions, workDir: string, log: (l: string) => void): Promise<Figure> {
  if (!o.postgresUrl) throw new Error('--only digest-200k needs --postgres URL (e.g. from .ci/start-postgres)');
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
    log(`PostgreSQL digest: npm run digest -- --workers ${WORKERS}`);
    const t0 = performance.now();
    const run = startGroup(
      process.execPath,
      ['--import', 'tsx', path.join('scripts', 'digest.ts'), '--frequency', 'daily', '--workers', String(WORKERS)],
      { ...process.env, DATABASE_URL: url.toString() },
      path.join(workDir, 'digest-postgres.log'),
    );
    const code = await new Promise<number | null>((resolve) => run.child.once('exit', resolve));
    const seconds = (performance.now() - t0) / 1000;
    if (code !== 0) throw new Error(`digest exited ${code}; see ${run.logFile}`);
    const sent = await db.digestDelivery.count({ where: { status: 'sent' } });
    return {
      id: 'digest-200k',
      title: `Digest to ${o.pgSubscribers.toLocaleString('en')} subscribers on PostgreSQL, ${WORKERS} senders, end to end`,
      subject: { label: `npm run digest -- --workers ${WORKERS}`, count: sent, perSecond: sent / seconds },
      notes: [`${sent} sent in ${(seconds / 60).toFixed(1)} min from spawn to exit (ledger written first)`],
    };
  } finally {
    await db.$disconnect();
    await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.$disconnect();
  }
}
