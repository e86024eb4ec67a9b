// One sender against two (`npm run digest -- --workers 1|2`, real processes, the same settings:
// 5 connections in all, split between the senders) into the same SMTP sink. Each rate is read
// from the ledger (sent rows over the span of their sentAt), so process start-up is left out;
// the wall time of each run is in the notes.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchOptions } from './options';
import { startGroup } from './processes';
import { ratioOf, type Figure, type Side } from './results';
import type { RawDb } from './seed';

const TWO_SENDERS_TARGET = 1.6;

async function runSenders(raw: RawDb, workers: number, workDir: string): Promise<Side & { wallS: number }> {
  raw.exec(`DELETE FROM "DigestDelivery"; DELETE FROM "Digest"; DELETE FROM "JobLease";`);
  const t0 = performance.now();
  const run = startGroup(
    process.execPath,
    ['--import', 'tsx', path.join('scripts', 'digest.ts'), '--frequency', 'daily', '--workers', String(workers)],
    process.env,
    path.join(workDir, `digest-workers-${workers}.log`),
  );
  const code = await new Promise<number | null>((resolve) => run.child.once('exit', resolve));
  const wallS = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`digest --workers ${workers} exited ${code}; see ${run.logFile}`);
  const row = raw
    .prepare(
      `SELECT COUNT(*) AS n, MIN(sentAt) AS first, MAX(sentAt) AS last FROM "DigestDelivery" WHERE status = 'sent'`,
    )
    .get() as { n: number; first: string | number; last: string | number };
  const spanS = (new Date(row.last).getTime() - new Date(row.first).getTime()) / 1000;
  return {
    label: `npm run digest -- --workers ${workers}`,
    count: row.n,
    perSecond: spanS > 0 ? (row.n - 1) / spanS : undefined,
    wallS,
  };
}

export async function benchDigestSenders(raw: RawDb, o: BenchOptions, workDir: string): Promise<Figure> {
  const one = await runSenders(raw, 1, workDir);
  const two = await runSenders(raw, 2, workDir);
  return twoSendersFigure(
    'digest-senders',
    `Digest to ${o.subscribers.toLocaleString('en')} subscribers: two sender processes vs one`,
    one,
    two,
  );
}

/** Two sender processes against one, with the wall times of both runs (SQLite here, PostgreSQL in digest-postgres.ts). */
export function twoSendersFigure(
  id: string,
  title: string,
  one: Side & { wallS: number },
  two: Side & { wallS: number },
): Figure {
  const ratio = ratioOf(two, one);
  return {
    id,
    title,
    subject: two,
    baseline: one,
    ratio,
    target: { text: `≥ ${TWO_SENDERS_TARGET}× one sender`, isMet: (ratio ?? 0) >= TWO_SENDERS_TARGET },
    notes: [
      `wall time including process start-up and opening the ledger: one sender ${one.wallS.toFixed(1)} s, two ${two.wallS.toFixed(1)} s`,
      'both use the same settings (5 connections, rate limit lifted), split between the senders',
    ],
  };
}
