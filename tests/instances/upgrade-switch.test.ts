// A zero-downtime upgrade as README "Deploying" describes it (issue 18): readers reach the site
// through a proxy; new code lands in the folder and a second `npm start` on another port builds it
// beside the running server; once it answers, the proxy switches to it and the old server is sent
// SIGTERM. Under light load through the whole switch — pages and every script they reference —
// no request fails. The new build is a real `next build`, so this test takes a few minutes.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { freePort } from '../helpers/free-port';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { copyProject, startInstance, type InstanceServer } from './instance-servers';

const SECRET = 'upgrade-switch-secret-upgrade-switch-secret';
const PAGES = ['/'];
const NEW_TEXT = 'Upgraded footer for the switch test';

let t: TestDatabase;
let dir: string;
let old: InstanceServer;
let proxy: http.Server;
let publicUrl: string;
// Where the proxy sends requests; the switch is one assignment, as a balancer's pool change is.
let upstream: number;

beforeAll(async () => {
  t = await createTestDatabase();
  // The folder's own content/, as the upgrade start imports it again (a story missing from it
  // would be unpublished, and its page would answer 404 for a reason that is not the switch).
  await importContent(t.db, path.resolve(import.meta.dirname, '../../content'));
  const article = await t.db.article.findFirstOrThrow({
    where: { isPublished: true },
    orderBy: { publishedAt: 'desc' },
  });
  PAGES.push(`/articles/${article.slug}`);
  dir = copyProject();
  // Turbopack builds only with node_modules inside the project: hard links, not the shared symlink.
  fs.rmSync(path.join(dir, 'node_modules'));
  const r = spawnSync('cp', ['-al', path.resolve(import.meta.dirname, '../../node_modules'), dir]);
  if (r.status !== 0) throw new Error(`copying node_modules: ${r.stderr}`);

  const proxyPort = await freePort();
  publicUrl = `http://127.0.0.1:${proxyPort}`;
  proxy = http.createServer((req, res) => {
    const forward = http.request(
      { host: '127.0.0.1', port: upstream, path: req.url, method: req.method, headers: req.headers, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', (err) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${err.message}`);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));
  upstream = await freePort();
  old = await startInstance(dir, upstream, { DATABASE_URL: t.url, SITE_URL: publicUrl, AUTH_SECRET: SECRET });
}, 180_000);

afterAll(async () => {
  await old?.stop();
  await new Promise((resolve) => proxy?.close(resolve));
  await t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Readers: each loads a page, then every script it references, again and again until stopped. */
function lightLoad(readers: number) {
  const failures: string[] = [];
  let requests = 0;
  let isRunning = true;
  const get = async (url: string) => {
    requests++;
    const res = await fetch(url).catch((err: Error) => err);
    if (res instanceof Error) failures.push(`${url}: ${res.message}`);
    else if (res.status < 200 || res.status > 299) failures.push(`${url}: ${res.status}`);
    return res instanceof Error ? '' : res.text();
  };
  const reader = async (n: number) => {
    for (let i = n; isRunning; i++) {
      const html = await get(`${publicUrl}${PAGES[i % PAGES.length]}`);
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) await get(new URL(src!, publicUrl).href);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const done = Promise.all(Array.from({ length: readers }, (_, n) => reader(n)));
  return {
    failures,
    requests: () => requests,
    stop: async () => {
      isRunning = false;
      await done;
    },
  };
}

it('an upgrade started beside the running site, then the switch: no request fails', async () => {
  const load = lightLoad(3);
  // New code, written as git would (a new file in place of the old, never into the hard link).
  const footer = path.join(dir, 'components', 'layout', 'SiteFooter.tsx');
  const source = fs.readFileSync(footer, 'utf8').replace('Demo newsroom:', `${NEW_TEXT}. Demo newsroom:`);
  fs.rmSync(footer);
  fs.writeFileSync(footer, source);

  const newPort = await freePort();
  let output = '';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: t.url,
    SITE_URL: publicUrl,
    AUTH_SECRET: SECRET,
    PORT: String(newPort),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.SMTP_URL;
  Reflect.deleteProperty(env, 'NODE_ENV');
  const upgrade = spawn(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  upgrade.stdout.on('data', (c: Buffer) => (output += c.toString()));
  upgrade.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => upgrade.once('exit', () => resolve()));
  try {
    const until = Date.now() + 8 * 60_000;
    while (
      !(await fetch(`http://127.0.0.1:${newPort}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (upgrade.exitCode !== null)
        throw new Error(`the upgrade start exited (${upgrade.exitCode}):\n${output.slice(-3000)}`);
      if (Date.now() > until) throw new Error(`the upgrade start did not answer:\n${output.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(output).toContain('Building the site');
    const before = load.requests();
    // The switch: new requests go to the new server; the old one finishes what it has, then exits.
    upstream = newPort;
    await old.stop();
    await new Promise((r) => setTimeout(r, 3000));
    await load.stop();
    expect(
      load.failures,
      `${load.failures.length} of ${load.requests()} requests failed\n${old.log().slice(-2000)}`,
    ).toEqual([]);
    expect(load.requests() - before).toBeGreaterThan(10);
    expect(await (await fetch(`${publicUrl}/`)).text()).toContain(NEW_TEXT);
  } finally {
    await load.stop();
    if (upgrade.exitCode === null) process.kill(-upgrade.pid!, 'SIGTERM');
    await exited;
  }
}, 600_000);
