// The CDN purge hook (docs/0021): `npm run content:import` with CDN_PURGE_URL set POSTs the
// absolute URLs and surrogate keys of what it changed to a real HTTP listener on loopback, once;
// a purge endpoint that fails is reported and the import still stands. A moderation decision
// purges the thread it changed.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { freePort } from '../helpers/free-port';
import { runCommand } from '../helpers/run-command';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

type Received = { authorization?: string; contentType?: string; body: { urls: string[]; surrogateKeys: string[] } };
const SITE_URL = 'https://news.example.test';
const TOKEN = 'purge-token-of-the-test';

let t: TestDatabase;
let status = 200;
const received: Received[] = [];
const cdn = http.createServer((req, res) => {
  let text = '';
  req.on('data', (c: Buffer) => (text += c));
  req.on('end', () => {
    received.push({
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body: JSON.parse(text) as Received['body'],
    });
    res.writeHead(status).end();
  });
});
let purgeUrl = '';
const content = makeContentDir();

beforeAll(async () => {
  t = await createTestDatabase();
  await new Promise<void>((r) => cdn.listen(0, '127.0.0.1', () => r()));
  purgeUrl = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/purge`;
});
afterAll(async () => {
  await new Promise<void>((r) => cdn.close(() => r()));
  await t.cleanup();
  fs.rmSync(content, { recursive: true, force: true });
});
beforeEach(() => {
  received.length = 0;
  status = 200;
});

async function runImport(extra: Record<string, string> = {}) {
  return runCommand('content-import.ts', [content], {
    DATABASE_URL: t.url,
    PORT: String(await freePort()),
    AUTH_SECRET: 'p'.repeat(40),
    SITE_URL,
    SMTP_URL: 'smtp://127.0.0.1:1',
    CDN_PURGE_URL: purgeUrl,
    CDN_PURGE_TOKEN: TOKEN,
    ...extra,
  });
}

it('an import purges the URLs and keys of exactly the pages it changed, once', async () => {
  writeArticle(content, { slug: 'harbour-lights', section: 'world', topics: ['Climate'] });
  const run = await runImport();
  expect(run.code, run.output).toBe(0);
  expect(received).toHaveLength(1);
  const [purge] = received;
  expect(purge!.authorization).toBe(`Bearer ${TOKEN}`);
  expect(purge!.contentType).toBe('application/json');
  expect(purge!.body.urls).toEqual(
    expect.arrayContaining([
      `${SITE_URL}/`,
      `${SITE_URL}/articles/harbour-lights`,
      `${SITE_URL}/sections/world`,
      `${SITE_URL}/topics/climate`,
    ]),
  );
  expect(purge!.body.urls.every((u) => u.startsWith(`${SITE_URL}/`))).toBe(true);
  expect(purge!.body.surrogateKeys).toEqual(
    expect.arrayContaining(['front', 'article-harbour-lights', 'section-world', 'topic-climate']),
  );
  expect(purge!.body.surrogateKeys).not.toContain('pages');

  // Nothing changed: nothing to purge.
  received.length = 0;
  const again = await runImport();
  expect(again.code, again.output).toBe(0);
  expect(received.map((r) => r.body)).toEqual([]);
});

it('a purge endpoint that fails is reported; the import stands', async () => {
  status = 503;
  writeArticle(content, { slug: 'harbour-lights', section: 'world', title: 'Harbour lights stay on' });
  const run = await runImport();
  expect(run.code, run.output).toBe(0);
  expect(run.output).toMatch(/CDN purge of \d+ URL\(s\) failed: it answered 503/);
  expect(received).toHaveLength(1);
  const article = await t.db.article.findUniqueOrThrow({ where: { slug: 'harbour-lights' } });
  expect(article.title).toBe('Harbour lights stay on');
});

it("a moderation decision purges that article's thread", async () => {
  Object.assign(process.env, { DATABASE_URL: t.url, SITE_URL, CDN_PURGE_URL: purgeUrl, AUTH_SECRET: 'p'.repeat(40) });
  const { moderateComment } = await import('../../lib/moderation/moderate-comment');
  const article = await t.db.article.findUniqueOrThrow({ where: { slug: 'harbour-lights' } });
  const moderator = await t.db.user.create({ data: { email: 'mod@example.test', role: 'moderator' } });
  const comment = await t.db.comment.create({ data: { articleId: article.id, body: 'Well reported.' } });
  expect(await moderateComment({ id: moderator.id, role: 'moderator' }, comment.id, 'approve')).toEqual({ ok: true });
  await expect.poll(() => received.length).toBe(1);
  expect(received[0]!.body.urls.sort()).toEqual([
    `${SITE_URL}/api/comments/harbour-lights`,
    `${SITE_URL}/articles/harbour-lights/comments`,
  ]);
  expect(received[0]!.body.surrogateKeys).toEqual(['article-harbour-lights']);
});

it('a bulk decision purges each thread it changed once, not once per comment', async () => {
  const { moderateComments } = await import('../../lib/moderation/moderate-comment');
  const article = await t.db.article.findUniqueOrThrow({ where: { slug: 'harbour-lights' } });
  const moderator = await t.db.user.findUniqueOrThrow({ where: { email: 'mod@example.test' } });
  const ids = [];
  for (const body of ['First.', 'Second.', 'Third.'])
    ids.push((await t.db.comment.create({ data: { articleId: article.id, body } })).id);
  expect(await moderateComments({ id: moderator.id, role: 'moderator' }, ids, 'approve')).toEqual({
    ok: true,
    done: 3,
  });
  await expect.poll(() => received.length).toBe(1);
  await new Promise((r) => setTimeout(r, 300)); // no stragglers
  expect(received).toHaveLength(1);
  expect(received[0]!.body.urls.sort()).toEqual([
    `${SITE_URL}/api/comments/harbour-lights`,
    `${SITE_URL}/articles/harbour-lights/comments`,
  ]);
  const { db } = await import('../../lib/db');
  await db.$disconnect();
});

it('without CDN_PURGE_URL nothing is sent', async () => {
  writeArticle(content, { slug: 'harbour-lights', section: 'world', title: 'Harbour lights dim' });
  const run = await runImport({ CDN_PURGE_URL: '' });
  expect(run.code, run.output).toBe(0);
  expect(received).toHaveLength(0);
});
