// The second baseline of the page figures: a stock `next start` (no custom server, no script
// hashing, Next's own compression off as ours sends uncompressed bytes to autocannon too) serving
// static pages of the same byte size as our article and front page. A tiny App Router app, written
// under data/bench/stock-next (inside the project, so Turbopack finds node_modules) and built once;
// kept while the sizes stay within 5%.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startGroup, waitForHttp, type Started } from './processes';

export type StockPage = { route: string; targetBytes: number };
export type StockNext = Started & { origin: string; rssBytes: () => number };

// Next writes a page's text twice (HTML and its RSC payload) around ~5 KB of its own markup.
const NEXT_OWN_BYTES = 5000;
const SENTENCE = 'The harbour committee met again on Tuesday and agreed to publish the tide tables. ';

function filler(bytes: number): string {
  const length = Math.max(100, Math.round((bytes - NEXT_OWN_BYTES) / 2));
  return SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length);
}

function writeApp(dir: string, pages: StockPage[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'next.config.mjs'), 'export default { compress: false };\n');
  fs.writeFileSync(
    path.join(dir, 'app', 'layout.jsx'),
    'export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  for (const page of pages) {
    fs.mkdirSync(path.join(dir, 'app', page.route), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'app', page.route, 'page.jsx'),
      `export const dynamic = 'force-static';\nconst TEXT = ${JSON.stringify(filler(page.targetBytes))};\n` +
        'export default function Page() {\n  return (<main><h1>Stock page</h1><p>{TEXT}</p></main>);\n}\n',
    );
  }
  fs.writeFileSync(path.join(dir, 'pages.json'), JSON.stringify(pages));
}

function isBuiltFor(dir: string, pages: StockPage[]): boolean {
  try {
    const built = JSON.parse(fs.readFileSync(path.join(dir, 'pages.json'), 'utf8')) as StockPage[];
    return (
      fs.existsSync(path.join(dir, '.next', 'BUILD_ID')) &&
      built.length === pages.length &&
      built.every((b, i) => b.route === pages[i]!.route && Math.abs(b.targetBytes / pages[i]!.targetBytes - 1) < 0.05)
    );
  } catch {
    return false;
  }
}

function groupRss(pgid: number): number {
  let largest = 0;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, pgrp, …
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp === pgid) largest = Math.max(largest, rssOf(Number(pid)));
    } catch {
      // gone meanwhile
    }
  }
  return largest;
}

export function rssOf(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) * 1024;
}

/** Builds (when needed) and starts the stock app on `port`. */
export async function startStockNext(workDir: string, pages: StockPage[], port: number): Promise<StockNext> {
  const dir = path.join(workDir, 'stock-next');
  const nextBin = path.resolve('node_modules', 'next', 'dist', 'bin', 'next');
  if (!isBuiltFor(dir, pages)) {
    writeApp(dir, pages);
    const build = spawnSync(process.execPath, [nextBin, 'build'], {
      cwd: dir,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`stock next build failed: ${(build.stdout + build.stderr).slice(-2000)}`);
  }
  const started = startGroup(
    process.execPath,
    [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'],
    { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    path.join(workDir, 'stock-next.log'),
    dir,
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/${pages[0]!.route}`, started, 60_000);
  return { ...started, origin, rssBytes: () => groupRss(started.child.pid!) };
}
