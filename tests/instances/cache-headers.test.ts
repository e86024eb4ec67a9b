// What a CDN in front of the production server may keep (docs/0021): pages say public with an
// s-maxage and carry their purge keys; whatever depends on who asks is private, no-store. Two
// signed-in readers and an anonymous visitor ask for every kind of response: anything marked
// public is the same for all three and names neither reader, so a shared cache keyed on the URL
// alone could not hand one reader's page to another.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { freePort } from '../helpers/free-port';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { copyProject, startInstance, type InstanceServer } from './instance-servers';

const SLUG = 'harbour-works';
const PAGE = 'public, max-age=0, s-maxage=300, stale-while-revalidate=60';
const PRIVATE = 'private, no-store';
type Reader = { name: string; email: string; cookie?: string };
const readers: Reader[] = [
  { name: 'Anonymous', email: '' },
  { name: 'Alice Harbourmaster', email: 'alice@example.test' },
  { name: 'Bruno Lighthouse', email: 'bruno@example.test' },
];

let t: TestDatabase;
let dir: string;
let server: InstanceServer;
let base: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const content = makeContentDir();
  writeArticle(content, {
    slug: SLUG,
    section: 'world',
    topics: ['Climate'],
    publishedAt: new Date(Date.now() - 3600_000).toISOString(),
  });
  await importContent(t.db, content);
  for (const reader of readers.slice(1)) {
    const user = await t.db.user.create({
      data: {
        email: reader.email,
        displayName: reader.name,
        displayNameKey: reader.name.toLowerCase(),
        policyVersion: '1.0',
      },
    });
    const token = crypto.randomBytes(24).toString('hex');
    await t.db.session.create({
      data: { sessionToken: token, userId: user.id, expires: new Date(Date.now() + 86_400_000) },
    });
    reader.cookie = `authjs.session-token=${token}`;
  }
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dir = copyProject();
  server = await startInstance(dir, port, {
    DATABASE_URL: t.url,
    SITE_URL: base,
    AUTH_SECRET: 'cache-headers-secret-cache-headers-secret',
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type Answer = {
  status: number;
  cacheControl: string;
  keys: string | null;
  tags: string | null;
  cookie: boolean;
  body: string;
};

async function ask(path: string, reader: Reader): Promise<Answer> {
  const res = await fetch(base + path, { redirect: 'manual', headers: reader.cookie ? { cookie: reader.cookie } : {} });
  return {
    status: res.status,
    cacheControl: res.headers.get('cache-control') ?? '',
    keys: res.headers.get('surrogate-key'),
    tags: res.headers.get('cache-tag'),
    cookie: res.headers.has('set-cookie'),
    body: await res.text(),
  };
}

// Each kind of response, with what anonymous visitors get and what a signed-in reader gets.
const EXPECTED: [path: string, status: number, anonymous: string, signedIn: string, keys: string | null][] = [
  ['/', 200, PAGE, PAGE, 'front pages'],
  [`/articles/${SLUG}`, 200, PAGE, PAGE, `article-${SLUG} pages`],
  ['/sections/world', 200, PAGE, PAGE, 'section-world pages'],
  ['/topics/climate', 200, PAGE, PAGE, 'topic-climate pages'],
  ['/search?q=harbour', 200, 'public, max-age=0, s-maxage=10', 'public, max-age=0, s-maxage=10', 'pages'],
  [
    '/articles/no-such-story',
    404,
    'public, max-age=0, s-maxage=60',
    'public, max-age=0, s-maxage=60',
    `article-no-such-story pages`,
  ],
  // The first no-JS comments page is one shared copy for signed-out readers (docs/0015), per reader once signed in.
  [
    `/articles/${SLUG}/comments`,
    200,
    'public, max-age=0, s-maxage=5, stale-while-revalidate=60',
    PRIVATE,
    `article-${SLUG} pages`,
  ],
  [`/api/comments/${SLUG}`, 200, 'public, max-age=0, s-maxage=5', PRIVATE, `article-${SLUG} pages`],
  ['/api/auth/session', 200, PRIVATE, PRIVATE, null],
  ['/articles/%zz', 400, 'no-store', 'no-store', null],
];

it('pages are shareable with purge keys; what depends on the reader is private', { timeout: 120_000 }, async () => {
  for (const [path, status, anonymous, signedIn, keys] of EXPECTED) {
    // Twice each: the second answer may come from the server's own short cache.
    for (const round of [1, 2]) {
      for (const reader of readers) {
        const a = await ask(path, reader);
        const label = `${path} for ${reader.name} (round ${round})`;
        expect(a.status, label).toBe(status);
        expect(a.cacheControl, label).toBe(reader.cookie ? signedIn : anonymous);
        if (a.cacheControl.startsWith('public')) {
          expect(a.keys, label).toBe(keys ?? 'pages');
          expect(a.tags, label).toBe((keys ?? 'pages').replace(' ', ','));
        } else expect(a.keys, label).toBeNull();
      }
    }
  }
  // The signed-in reader's own answers do say who they are (so the check below means something).
  const session = await ask('/api/auth/session', readers[1]!);
  expect(session.body).toContain(readers[1]!.email);
  const account = await ask('/account', readers[1]!);
  expect(account.cacheControl).toBe(PRIVATE);
  expect(account.body).toContain(readers[1]!.name);
  expect((await ask('/account', readers[0]!)).cacheControl).toBe(PRIVATE);
});

it(
  'a shared cache keyed on the URL could not leak: public answers are the same for everyone and name no one',
  { timeout: 120_000 },
  async () => {
    const paths = [
      ...EXPECTED.map(([p]) => p),
      '/account',
      '/moderation',
      '/newsletter',
      '/signin',
      '/videos',
      '/feed.xml',
    ];
    for (const path of paths) {
      const answers = [];
      for (const reader of [...readers, ...readers]) answers.push({ reader, answer: await ask(path, reader) });
      for (const { reader, answer } of answers) {
        if (!answer.cacheControl.startsWith('public')) continue;
        const label = `${path} for ${reader.name}`;
        expect(answer.cookie, `${label}: a public answer with Set-Cookie`).toBe(false);
        for (const other of readers.slice(1)) {
          expect(answer.body, label).not.toContain(other.email);
          expect(answer.body, label).not.toContain(other.name);
        }
        // Pages and JSON alike: what one reader got is what anyone gets at that URL.
        const anonymous = answers.find((a) => !a.reader.cookie && a.answer.cacheControl.startsWith('public'));
        // (The thread's JSON says when it was made, which differs from one answer to the next; a
        // page rendered per request streams the same rows of its React payload in chunks whose
        // boundaries and order vary, and numbers its rows in the order its parts finish, so those
        // rows are compared as a sorted list with their numbers and references blanked.)
        const same = (body: string) => {
          const rows = [...body.matchAll(/self\.__next_f\.push\(\[1,"((?:[^"\\]|\\.)*)"\]\)/g)]
            .map((m) => m[1])
            .join('')
            .split('\\n')
            .map((row) => row.replace(/^[0-9a-f]+:/, '#:').replace(/\$[LQ@]?[0-9a-f]+\b/g, '$#'))
            .sort()
            .join('\\n');
          const html = body.replace(/<script>self\.__next_f\.push[\s\S]*?<\/script>/g, '');
          return (html + rows).replace(/"now":"[^"]*"/, '');
        };
        if (anonymous) expect(same(answer.body), label).toBe(same(anonymous.answer.body));
      }
    }
  },
);
