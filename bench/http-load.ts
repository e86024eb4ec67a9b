// HTTP load with autocannon, and a page measured side by side with a plain Node server that
// answers with the very same bytes from memory (the practical limit of this machine).
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { startGroup, waitForHttp } from './processes';
import { ratioOf, type Figure, type Side } from './results';

export type LoadSettings = { connections: number; durationSeconds: number };

export async function loadTest(
  label: string,
  url: string,
  { connections, durationSeconds }: LoadSettings,
): Promise<Side & { non2xx: number; errors: number }> {
  const result = await autocannon({ url, connections, duration: durationSeconds, timeout: 10 });
  return {
    label,
    perSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    count: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function warm(url: string, times: number): Promise<Buffer> {
  let body = Buffer.alloc(0);
  for (let i = 0; i < times; i++) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    body = Buffer.from(await res.arrayBuffer());
  }
  return body;
}

export type PageComparison = {
  id: string;
  title: string;
  pagePath: string;
  target?: (subject: Side, ratio: number | undefined) => Figure['target'];
};

/** Fetches the page once (after warming the cache), serves those bytes from a plain server, loads both. */
export async function comparePage(
  page: PageComparison,
  realOrigin: string,
  plainPort: number,
  load: LoadSettings,
  workDir: string,
): Promise<Figure> {
  const realUrl = `${realOrigin}${page.pagePath}`;
  const bytes = await warm(realUrl, 5);
  const file = path.join(workDir, `${page.id}.html`);
  fs.writeFileSync(file, bytes);
  const plain = startGroup(
    process.execPath,
    ['--import', 'tsx', path.join('bench', 'plain-server.ts'), file, String(plainPort)],
    process.env,
    path.join(workDir, `plain-${page.id}.log`),
  );
  try {
    const plainUrl = `http://127.0.0.1:${plainPort}${page.pagePath}`;
    await waitForHttp(plainUrl, plain, 20_000);
    // A second of load on each side first, so neither pays for JIT or connection setup.
    await loadTest('warm-up', plainUrl, { connections: load.connections, durationSeconds: 1 });
    await loadTest('warm-up', realUrl, { connections: load.connections, durationSeconds: 1 });
    const baseline = await loadTest('plain Node http, same bytes', plainUrl, load);
    const subject = await loadTest(`npm start server ${page.pagePath}`, realUrl, load);
    const ratio = ratioOf(subject, baseline);
    const notes = [
      `${(bytes.length / 1024).toFixed(1)} KB HTML per response (uncompressed: autocannon sends no Accept-Encoding)`,
    ];
    if (subject.non2xx || subject.errors)
      notes.push(`real server: ${subject.non2xx} non-2xx, ${subject.errors} errors`);
    if (baseline.non2xx || baseline.errors)
      notes.push(`plain server: ${baseline.non2xx} non-2xx, ${baseline.errors} errors`);
    return {
      id: page.id,
      title: page.title,
      subject: strip(subject),
      baseline: strip(baseline),
      ratio,
      target: page.target?.(subject, ratio),
      notes,
    };
  } finally {
    await plain.stop();
  }
}

function strip({ label, perSecond, p50Ms, p99Ms, count }: Side): Side {
  return { label, perSecond, p50Ms, p99Ms, count };
}
