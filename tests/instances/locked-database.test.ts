// Issue 13: another process holds SQLite's write lock past the busy timeout (a backup tool, a
// long `npm run digest` transaction). Every write must get a 503 with Retry-After and the security
// headers within a bounded time, not a bare 500; cached pages keep being served; and once the
// lock is released, writes work again.
import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { POLICY_VERSION } from '../../lib/comments/policy';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { freePort } from '../helpers/free-port';
import { fetchSolvedAnswer } from '../helpers/solve-challenge';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { copyProject, startInstance, type InstanceServer } from './instance-servers';

const SLUG = 'lock-keeper-retires';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36';
// The adapter waits 5 s for the lock (lib/platform/db-adapter.ts); an answer must come soon after.
const BOUND_MS = 8000;

let t: TestDatabase;
let dir: string;
let server: InstanceServer;
let cookie: string;

beforeAll(async () => {
  // SQLite's write lock is the subject, so SQLite even when the other server tests run on PostgreSQL.
  t = await createTestDatabase('sqlite');
  if (t.provider !== 'sqlite') return;
  const content = makeContentDir();
  writeArticle(content, {
    slug: SLUG,
    title: 'Lock keeper retires after forty years',
    publishedAt: new Date(Date.now() - 3600_000).toISOString(),
  });
  await importContent(t.db, content);
  await t.db.moderationSettings.create({ data: { id: 1, newCommenterHoldCount: 0, linkHoldMinApproved: 0 } });
  const user = await t.db.user.create({
    data: {
      email: 'lock@example.test',
      displayName: 'Lock Reader',
      displayNameKey: 'lock reader',
      policyVersion: POLICY_VERSION,
    },
  });
  const token = crypto.randomBytes(24).toString('hex');
  await t.db.session.create({
    data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
  });
  cookie = `authjs.session-token=${token}`;
  // As `npm start` leaves it (scripts/start.ts): readers never wait for the writer.
  await t.db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  const port = await freePort();
  dir = copyProject();
  server = await startInstance(dir, port, {
    DATABASE_URL: t.url,
    SITE_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: 'locked-database-secret-locked-database',
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type Write = { name: string; send: () => Promise<Response> };

/** The hidden fields of the new-comment form, as a reader without JavaScript gets them. */
async function commentFields(): Promise<[string, string][]> {
  const html = await (await fetch(`${server.url}/articles/${SLUG}/comments`, { headers: { cookie } })).text();
  const form = DomUtils.findAll(
    (el) =>
      el.name === 'form' &&
      DomUtils.findOne((c) => c.name === 'textarea' && c.attribs.name === 'body', el.children) !== null,
    parseDocument(html).children,
  )[0];
  if (!form) throw new Error(`no comment form:\n${html.slice(0, 500)}`);
  return DomUtils.findAll((c) => c.name === 'input' && c.attribs.type === 'hidden', form.children).map((c) => [
    c.attribs.name!,
    c.attribs.value ?? '',
  ]);
}

async function writes(): Promise<Write[]> {
  const csrf = await fetch(`${server.url}/api/auth/csrf`);
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const fields = await commentFields();
  // The sign-in endpoint needs a solved proof-of-work challenge (docs/0017), as from the form.
  const altcha = await fetchSolvedAnswer(server.url);
  return [
    {
      name: 'view beacon',
      send: () =>
        fetch(`${server.url}/api/views`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: server.url, 'user-agent': UA },
          body: JSON.stringify({ slug: SLUG }),
        }),
    },
    {
      name: 'sign-in request',
      send: () =>
        fetch(`${server.url}/api/auth/signin/email`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, cookie: csrfCookie },
          body: new URLSearchParams({ email: 'someone@example.test', csrfToken, callbackUrl: '/', altcha }).toString(),
        }),
    },
    {
      name: 'comment',
      send: () => {
        const form = new FormData();
        for (const [k, v] of fields) form.append(k, v);
        form.append('body', `A comment sent at ${new Date().toISOString()}.`);
        return fetch(`${server.url}/articles/${SLUG}/comments`, {
          method: 'POST',
          body: form,
          headers: { cookie, origin: server.url },
        });
      },
    },
  ];
}

describe('a database locked by another process', () => {
  it('writes get 503 with Retry-After and the security headers; cached pages are served; after the release writes work', async () => {
    const article = `${server.url}/articles/${SLUG}`;
    expect((await fetch(article)).status).toBe(200); // now in the page cache
    const planned = await writes();

    const holder = new Database(t.url.replace(/^file:/, ''));
    holder.exec('BEGIN IMMEDIATE');
    try {
      for (const write of planned) {
        const started = Date.now();
        const reply = await write.send();
        const text = await reply.text();
        const elapsed = Date.now() - started;
        expect(reply.status, `${write.name}: ${text.slice(0, 300)}\n${server.log().slice(-1500)}`).toBe(503);
        expect(Number(reply.headers.get('retry-after')), write.name).toBeGreaterThanOrEqual(1);
        expect(reply.headers.get('content-security-policy'), write.name).toContain("script-src 'self'");
        expect(reply.headers.get('x-content-type-options'), write.name).toBe('nosniff');
        expect(text, write.name).toMatch(/busy/i);
        expect(elapsed, write.name).toBeLessThan(BOUND_MS);
      }
      const cached = await fetch(article);
      expect(cached.status).toBe(200);
      expect(await cached.text()).toContain('Lock keeper retires after forty years');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }

    // Writes are refused for the few seconds Retry-After named, then go through again.
    const [beacon, signIn, comment] = await writes();
    const until = Date.now() + 15_000;
    let status = 0;
    while ((status = (await beacon!.send()).status) === 503 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 250));
    expect(status).toBe(204);
    expect((await signIn!.send()).status).toBe(302);
    const posted = await comment!.send();
    expect(posted.status).toBe(200);
    expect(await posted.text()).toMatch(/Your comment is published\./);
  });
});
