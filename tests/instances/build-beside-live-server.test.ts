// A running site and, in the same folder, a second `npm start` with another SITE_URL or the bench
// (issue 18): the running server keeps serving every script its pages reference, before, during
// and after. Before the fix the second start rebuilt .next in place and the first server answered
// 500 text/plain for its own chunks until restarted.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { freePort } from '../helpers/free-port';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { copyProject, startInstance, type InstanceServer } from './instance-servers';

const SECRET = 'build-beside-secret-build-beside-secret';
const PAGES = ['/', '/articles/harbour-works'];

let t: TestDatabase;
let dir: string;
let live: InstanceServer;

beforeAll(async () => {
  t = await createTestDatabase();
  const content = makeContentDir();
  writeArticle(content, { slug: 'harbour-works', publishedAt: new Date(Date.now() - 3600_000).toISOString() });
  await importContent(t.db, content);
  // The folder the operator works in: its own sources and build, like a checkout on a server.
  dir = copyProject();
  const port = await freePort();
  live = await startInstance(dir, port, {
    DATABASE_URL: t.url,
    SITE_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: SECRET,
  });
}, 180_000);

afterAll(async () => {
  await live?.stop();
  await t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The scripts the live server's pages reference, each fetched: the ones that are not 200 JavaScript. */
async function brokenScripts(server: InstanceServer): Promise<string[]> {
  const broken: string[] = [];
  for (const page of PAGES) {
    const res = await fetch(`${server.url}${page}`).catch((err: Error) => err);
    if (res instanceof Error) {
      broken.push(`${page}: ${res.message} (${String(res.cause)})\n${server.log().slice(-2000)}`);
      continue;
    }
    if (res.status !== 200) {
      broken.push(`${page}: ${res.status}`);
      continue;
    }
    const html = await res.text();
    const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!))];
    if (sources.length === 0) broken.push(`${page}: no <script src> at all`);
    for (const src of sources) {
      const chunk = await fetch(new URL(src, server.url)).catch((err: Error) => err);
      if (chunk instanceof Error) broken.push(`${src}: ${chunk.message}`);
      else if (chunk.status !== 200 || !/javascript/.test(chunk.headers.get('content-type') ?? '')) {
        broken.push(`${src}: ${chunk.status} ${chunk.headers.get('content-type')}`);
      }
      if (!(chunk instanceof Error)) await chunk.arrayBuffer();
    }
  }
  return broken;
}

type Run = { child: ChildProcess; output: () => string; stop: () => Promise<void> };

/** A command in `dir`, in its own process group (start.ts spawns the server; bench spawns start.ts). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Run {
  let output = '';
  const child = spawn(command, args, { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
      const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, 'SIGKILL'), 8000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Checks the live server's scripts every second while `other` runs, until `isDone` or the deadline. */
async function watchLiveServer(other: Run, isDone: () => Promise<boolean>, deadlineMs: number): Promise<string[]> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const broken = await brokenScripts(live);
    if (broken.length > 0) return broken;
    if (await isDone()) return [];
    if (Date.now() > until)
      throw new Error(`the second process did not finish in time:\n${other.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const commonEnv = () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: t.url,
    AUTH_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete env.SMTP_URL;
  Reflect.deleteProperty(env, 'NODE_ENV'); // vitest sets "test"; npm start decides
  return env;
};

it('a second npm start with another SITE_URL in the same folder leaves the running server whole', async () => {
  expect(await brokenScripts(live)).toEqual([]);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Its own database: importing content/ into the live one would unpublish the live server's story.
  const otherDb = await createTestDatabase();
  const second = run(path.join(dir, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts'], {
    ...commonEnv(),
    DATABASE_URL: otherDb.url,
    PORT: String(port),
    SITE_URL: origin,
  });
  try {
    const isUp = async () => {
      if (second.child.exitCode !== null)
        throw new Error(`the second start exited (${second.child.exitCode}):\n${second.output().slice(-3000)}`);
      return fetch(`${origin}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      );
    };
    const broken = await watchLiveServer(second, isUp, 100_000);
    expect(
      broken,
      `the live server's scripts while a second start ran beside it:\n${second.output().slice(-2000)}`,
    ).toEqual([]);
    // Both serve, each at its own address.
    const page = await (await fetch(`${origin}/comment-policy`)).text();
    expect(page).toContain(`${origin}/comment-policy`);
    expect(await (await fetch(`${live.url}/articles/harbour-works`)).text()).toContain(
      `${live.url}/articles/harbour-works`,
    );
  } finally {
    await second.stop();
    await otherDb.cleanup();
  }
  expect(await brokenScripts(live)).toEqual([]);
}, 150_000);

it('npm run bench in the same folder leaves the running server whole', async () => {
  const basePort = await freePort();
  // One second of load per page: what could break the live server is the bench's own start and
  // build in this folder, not how long it measures.
  const bench = run(
    'npm',
    ['run', 'bench', '--', '--quick', '--duration', '1', '--only', 'pages', '--port', String(basePort)],
    commonEnv(),
  );
  try {
    const isDone = async () => bench.child.exitCode !== null;
    const broken = await watchLiveServer(bench, isDone, 130_000);
    expect(broken, `the live server's scripts while the bench ran beside it:\n${bench.output().slice(-2000)}`).toEqual(
      [],
    );
    expect(bench.child.exitCode, bench.output().slice(-3000)).toBe(0);
  } finally {
    await bench.stop();
  }
  expect(await brokenScripts(live)).toEqual([]);
}, 170_000);
