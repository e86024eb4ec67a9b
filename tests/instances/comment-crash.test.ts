// The server killed (SIGKILL) in the middle of a burst of comments: after a restart, every post
// that was answered with success is in the database, once. Posts go in as a reader without
// JavaScript sends them: the comment form of /articles/{slug}/comments, submitted as multipart.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { parseDocument, DomUtils } from 'htmlparser2';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { POLICY_VERSION } from '../../lib/comments/policy';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { freePort } from '../helpers/free-port';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { copyProject, startInstance, type InstanceServer } from './instance-servers';

const SLUG = 'night-ferry-timetable';
const READERS = 40;
let t: TestDatabase;
let dir: string;
let port: number;
let server: InstanceServer;
let env: Record<string, string> & { SITE_URL: string };
const readers: { cookie: string; ip: string }[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  const content = makeContentDir();
  writeArticle(content, {
    slug: SLUG,
    title: 'Night ferry keeps its timetable',
    publishedAt: new Date(Date.now() - 3600_000).toISOString(),
  });
  await importContent(t.db, content);
  // Screening stays on; only the per-reader pace limits are opened up for the burst.
  await t.db.moderationSettings.create({
    data: { id: 1, postsPer15Seconds: 1000, postsPerHour: 100_000, newCommenterHoldCount: 0, linkHoldMinApproved: 0 },
  });
  for (let i = 0; i < READERS; i++) {
    const user = await t.db.user.create({
      data: {
        email: `burst${i}@example.test`,
        displayName: `Burst ${i}`,
        displayNameKey: `burst ${i}`,
        policyVersion: POLICY_VERSION,
      },
    });
    const token = crypto.randomBytes(24).toString('hex');
    await t.db.session.create({
      data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
    });
    readers.push({ cookie: `authjs.session-token=${token}`, ip: `198.51.100.${100 + i}` });
  }
  port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  // Behind one proxy (the test plays it): each reader's X-Forwarded-For is their own address.
  env = {
    DATABASE_URL: t.url,
    SITE_URL: site,
    AUTH_SECRET: 'comment-crash-secret-comment-crash-secret',
    TRUST_PROXY: '1',
  };
  dir = copyProject();
  server = await startInstance(dir, port, env);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The hidden fields of the new-comment form, as the page renders them for this reader. */
async function commentForm(reader: { cookie: string; ip: string }): Promise<[string, string][]> {
  const html = await (
    await fetch(`${server.url}/articles/${SLUG}/comments`, {
      headers: { cookie: reader.cookie, 'x-forwarded-for': reader.ip },
    })
  ).text();
  const doc = parseDocument(html);
  const form = DomUtils.findAll(
    (el) =>
      el.name === 'form' &&
      DomUtils.findOne((c) => c.name === 'textarea' && c.attribs.name === 'body', el.children) !== null,
    doc.children,
  ).find(
    (f) =>
      DomUtils.findOne(
        (c) => c.name === 'input' && (c.attribs.name === 'replyToId' || c.attribs.name === 'commentId'),
        f.children,
      ) === null,
  );
  if (!form) throw new Error(`no comment form on the page:\n${html.slice(0, 500)}`);
  return DomUtils.findAll((c) => c.name === 'input' && c.attribs.type === 'hidden', form.children).map((c) => [
    c.attribs.name!,
    c.attribs.value ?? '',
  ]);
}

type Outcome = 'stored' | 'refused' | 'lost';

async function post(
  reader: { cookie: string; ip: string },
  fields: [string, string][],
  body: string,
): Promise<Outcome> {
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  form.append('body', body);
  try {
    const res = await fetch(`${server.url}/articles/${SLUG}/comments`, {
      method: 'POST',
      body: form,
      headers: { cookie: reader.cookie, 'x-forwarded-for': reader.ip, origin: server.url },
    });
    const html = await res.text();
    if (res.status === 200 && /Your comment is published\.|your comment is awaiting moderation/.test(html))
      return 'stored';
    return 'refused';
  } catch {
    return 'lost'; // the connection died with the server: the reader saw no success
  }
}

it('every post answered with success survives a SIGKILL mid-burst, exactly once', async () => {
  const forms = await Promise.all(readers.map((r) => commentForm(r)));
  const succeeded: string[] = [];
  const outcomes: Record<Outcome, number> = { stored: 0, refused: 0, lost: 0 };
  let killed = false;
  const KILL_AFTER = 150;

  await Promise.all(
    readers.map(async (reader, i) => {
      for (let n = 0; !killed || n === 0; n++) {
        const body = `Burst comment ${n} from reader ${i}: the ferry ran at ${n} past the hour.`;
        const outcome = await post(reader, forms[i]!, body);
        outcomes[outcome]++;
        if (outcome === 'stored') succeeded.push(body);
        if (outcome === 'lost') return;
        if (!killed && succeeded.length >= KILL_AFTER) {
          killed = true;
          await server.kill();
          return;
        }
      }
    }),
  );
  expect(killed).toBe(true);
  expect(outcomes.refused, 'no post is refused before the kill').toBe(0);

  server = await startInstance(dir, port, env);
  const rows = await t.db.comment.findMany({ select: { body: true, status: true } });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.body, (counts.get(r.body) ?? 0) + 1);
  const missing = succeeded.filter((b) => !counts.has(b));
  expect(missing, 'answered with success but not stored').toEqual([]);
  expect(
    [...counts.values()].every((n) => n === 1),
    'no comment stored twice',
  ).toBe(true);
  // And the restarted server shows them.
  const page = await (await fetch(`${server.url}/articles/${SLUG}/comments`)).text();
  const shown = rows.filter((r) => r.status === 'approved').length;
  expect(shown).toBeGreaterThan(0);
  expect(page).toMatch(new RegExp(`Comments(?:<!-- -->)? \\(${shown}\\)`));
  console.info(
    `${succeeded.length} answered with success before the kill, ${rows.length} stored, ${outcomes.lost} in flight when killed.`,
  );
});
