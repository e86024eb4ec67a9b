// A scanner asking for thousands of pages that do not exist, against the production server: every
// answer is the site's not-found page, and none of them is kept — the page cache on disk in the build
// does not grow and neither does the server's memory — while a real story stays a cache hit
// (issue 12, docs/0002-caching.md).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle, writeVideo } from '../helpers/content-fixture';
import { freePort } from '../helpers/free-port';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { buildDirOf, copyProject, startInstance, type InstanceServer } from './instance-servers';

// Enough for the old defect to show on both counts: 1,500 not-found pages of ~40 KB (60 MB)
// overflow Next's 50 MB memory cache, and on disk 1 MB would be 25 of them.
const REQUESTS = 1500;
const CONCURRENCY = 20;
// Before the fix each unknown URL left ~40 KB in .next (114 MB for a 3,000-URL scan); 1 MB is a
// few stray writes at most.
const MAX_DISK_GROWTH = 1024 * 1024;
// Left to itself V8 lets garbage pile up into free memory (RSS grew 200 MB over the scan with
// nothing kept), so the server gets a 192 MB old space, room to spare for this site: garbage is
// then collected and what RSS gains is what is kept. After the fix it gained 10–15 MB (young
// generation and allocator slack); before, 50 MB, Next's memory LRU filling up with 404 pages.
const HEAP_LIMIT_MB = 192;
const MAX_RSS_GROWTH = 40 * 1024 * 1024;
const NOT_FOUND_TEXT = 'We couldn’t find that page';

// Every route a slug reaches, with the later pages of lists, for slugs that exist and not.
const UNKNOWN = [
  (s: string) => `/articles/${s}`,
  (s: string) => `/topics/${s}`,
  (s: string) => `/topics/${s}/page/2`,
  (s: string) => `/sections/${s}`,
  (s: string) => `/sections/${s}/page/3`,
  (s: string) => `/videos/${s}`,
  // A real section and topic, but a page past their last one.
  (_: string, i: number) => `/sections/world/page/${100 + i}`,
  (_: string, i: number) => `/topics/climate/page/${100 + i}`,
];

let t: TestDatabase;
let dir: string;
let server: InstanceServer;
let base: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const content = makeContentDir();
  writeArticle(content, {
    slug: 'harbour-works',
    section: 'world',
    topics: ['Climate'],
    publishedAt: new Date(Date.now() - 3600_000).toISOString(),
  });
  writeVideo(content, 'harbour-tour');
  await importContent(t.db, content);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dir = copyProject();
  server = await startInstance(dir, port, {
    DATABASE_URL: t.url,
    SITE_URL: base,
    AUTH_SECRET: 'unknown-slugs-secret-unknown-slugs-secret',
    NODE_OPTIONS: `--max-old-space-size=${HEAP_LIMIT_MB}`,
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Bytes of every file under `root` (what the page cache adds to). */
function treeSize(root: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.lstatSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function rssBytes(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

/** Requests every path, CONCURRENCY at a time; returns the ones not answered with the not-found page. */
async function expectNotFound(paths: string[]): Promise<string[]> {
  const failures: string[] = [];
  const queue = [...paths];
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      try {
        const res = await fetch(base + p, { redirect: 'manual' });
        const body = await res.text();
        if (res.status !== 404 || !body.includes(NOT_FOUND_TEXT)) failures.push(`${p}: ${res.status}`);
      } catch (err) {
        failures.push(`${p}: ${(err as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return failures;
}

const unknownPaths = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => UNKNOWN[i % UNKNOWN.length]!(`${prefix}-${i}-${(i * 7919).toString(36)}`, i));

it(
  `${REQUESTS} unknown slugs: all the not-found page, nothing kept on disk or in memory, known pages still cached`,
  { timeout: 600_000 },
  async () => {
    // Warm up: load every route's code and fill the known pages, so what is measured is the scan.
    const story = `${base}/articles/harbour-works`;
    for (const p of ['/articles/harbour-works', '/sections/world', '/topics/climate', '/videos/harbour-tour']) {
      expect((await fetch(base + p)).status, `${p}\n${server.log().slice(-3000)}`).toBe(200);
    }
    expect((await expectNotFound(unknownPaths('warm', 400))).slice(0, 20), server.log().slice(-3000)).toEqual([]);
    const disk0 = treeSize(buildDirOf(dir));
    const rss0 = rssBytes(server.pid);

    const started = Date.now();
    const failures = await expectNotFound(unknownPaths('scan', REQUESTS));
    const seconds = (Date.now() - started) / 1000;
    const diskGrowth = treeSize(buildDirOf(dir)) - disk0;
    const rssGrowth = rssBytes(server.pid) - rss0;
    console.log(
      `${REQUESTS} unknown URLs in ${seconds.toFixed(1)} s: .next grew ${(diskGrowth / 1024).toFixed(0)} KB, RSS grew ${(rssGrowth / 2 ** 20).toFixed(1)} MB (from ${(rss0 / 2 ** 20).toFixed(0)} MB)`,
    );

    expect(failures.slice(0, 20), server.log().slice(-3000)).toEqual([]);
    expect(diskGrowth, 'bytes added under .next').toBeLessThan(MAX_DISK_GROWTH);
    expect(rssGrowth, "bytes added to the server's RSS").toBeLessThan(MAX_RSS_GROWTH);
    // The same unknown URL again is still the not-found page (nothing stale was kept for it).
    expect(await expectNotFound(unknownPaths('scan', 16))).toEqual([]);

    // A real story is still answered from the cache, with no render.
    const res = await fetch(story);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(await res.text()).toContain('Story about harbour-works');
  },
);
