// Times an async operation over a bounded number of iterations (and seconds), one at a time,
// after a short warm-up; reports throughput and p50/p99 in milliseconds.
import { performance } from 'node:perf_hooks';
import type { Side } from './results';

export type TimingLimits = { iterations: number; seconds: number; warmup?: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function timeSerial(
  label: string,
  run: (i: number) => Promise<unknown> | unknown,
  limits: TimingLimits,
): Promise<Side> {
  for (let i = 0; i < (limits.warmup ?? 10); i++) await run(i);
  const samples: number[] = [];
  const deadline = performance.now() + limits.seconds * 1000;
  const started = performance.now();
  for (let i = 0; i < limits.iterations && performance.now() < deadline; i++) {
    const t0 = performance.now();
    await run(i);
    samples.push(performance.now() - t0);
  }
  const elapsed = performance.now() - started;
  samples.sort((a, b) => a - b);
  return {
    label,
    count: samples.length,
    perSecond: samples.length / (elapsed / 1000),
    p50Ms: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
  };
}

/** Runs `total` operations with `concurrency` workers in flight; throughput plus per-operation latency. */
export async function timeConcurrent(
  label: string,
  total: number,
  concurrency: number,
  run: (i: number, worker: number) => Promise<unknown> | unknown,
): Promise<Side> {
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await run(i, worker);
        samples.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - started;
  samples.sort((a, b) => a - b);
  return {
    label,
    count: samples.length,
    perSecond: samples.length / (elapsed / 1000),
    p50Ms: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
  };
}
