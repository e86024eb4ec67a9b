// The table printed at the end of a run, and bench/results.json with every number behind it.
import fs from 'node:fs';
import os from 'node:os';
import type { BenchOptions } from './options';
import type { Figure, Side } from './results';

const num = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? '–'
    : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function side(s: Side | undefined): string {
  if (!s) return '';
  if (s.kb !== undefined) return `${num(s.kb, 1)} KB`;
  if (s.scores !== undefined) return s.scores;
  const latency =
    s.p50Ms !== undefined
      ? ` · p50 ${num(s.p50Ms, s.p50Ms < 10 ? 2 : 1)} ms · p99 ${num(s.p99Ms, (s.p99Ms ?? 0) < 10 ? 2 : 1)} ms`
      : '';
  return `${num(s.perSecond, s.perSecond !== undefined && s.perSecond < 100 ? 1 : 0)}/s${latency}`;
}

function ratio(f: Figure): string {
  if (f.ratio === undefined) return '–';
  return f.id.startsWith('article-') && f.baseline?.kb !== undefined
    ? `${num(f.ratio * 100, 0)}%`
    : `${num(f.ratio * 100, 1)}%`;
}

export function formatTable(figures: Figure[]): string {
  const header = ['figure', 'real path', 'baseline (same run)', 'ratio', 'target', ''];
  const rows = figures.map((f) =>
    f.skipped
      ? [f.title, `skipped: ${f.skipped}`, '', '', '', '']
      : [
          f.title,
          side(f.subject),
          f.baseline ? `${f.baseline.label}: ${side(f.baseline)}` : '',
          ratio(f),
          f.target?.text ?? '',
          f.target ? (f.target.isMet ? 'met' : 'MISSED') : '',
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
  const notes = figures.flatMap((f) => (f.notes ?? []).map((n) => `  ${f.id}: ${n}`));
  return [
    ...out,
    '',
    'ratio = real path ÷ baseline measured back to back in this run (throughput; for page weight: size ÷ budget, or gzip ÷ raw).',
    ...notes,
  ].join('\n');
}

export function writeResults(file: string, figures: Figure[], options: BenchOptions, startedAt: Date): void {
  const { only, ...settings } = options;
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg(),
  };
  fs.writeFileSync(
    file,
    `${JSON.stringify({ startedAt, finishedAt: new Date(), machine, settings: { ...settings, only: only ? [...only] : null }, figures }, null, 2)}\n`,
  );
}
