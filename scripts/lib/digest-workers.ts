// `npm run digest -- --workers N`: N sender processes on one digest, each a `scripts/digest.ts
// --sender i/N` child that runs the same runDigest as one sender does and takes its share of the
// configured connections and rate. Progress is read from the ledger, so it counts every sender
// (other instances included). The children stop when this process goes (their IPC channel closes).
import { spawn, type ChildProcess } from 'node:child_process';
import type { DeliveryCounts, DigestRunSummary } from '../../lib/newsletter/digest/run-digest';

export type WorkerSummary = Pick<DigestRunSummary, 'distinctRenders' | 'abandoned' | 'unreachable'>;

export type DigestWorkersRun = {
  frequency: string;
  workers: number;
  signal: AbortSignal;
  /** The ledger's counts, about twice a second while the children run. */
  onCounts: (counts: DeliveryCounts) => void;
  countDeliveries: () => Promise<DeliveryCounts>;
};

const exited = (c: ChildProcess) =>
  new Promise<void>((resolve) =>
    c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve()),
  );

/** Starts the children and waits for all of them; returns what each reported at its end. */
export async function runDigestWorkers(o: DigestWorkersRun): Promise<WorkerSummary[]> {
  const summaries: WorkerSummary[] = [];
  const children: ChildProcess[] = [];
  for (let i = 0; i < o.workers; i++) {
    // The same loader (tsx) and script as this process.
    const child = spawn(
      process.execPath,
      [...process.execArgv, process.argv[1]!, '--frequency', o.frequency, '--sender', `${i}/${o.workers}`],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    child.on('message', (m) => summaries.push(m as WorkerSummary));
    children.push(child);
  }
  const forward = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
  o.signal.addEventListener('abort', forward, { once: true });
  const poll = setInterval(() => void o.countDeliveries().then(o.onCounts, () => {}), 500);
  try {
    await Promise.all(children.map(exited));
  } finally {
    clearInterval(poll);
    o.signal.removeEventListener('abort', forward);
  }
  o.onCounts(await o.countDeliveries());
  return summaries;
}
