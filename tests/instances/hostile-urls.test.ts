// The hostile corpus as every path and query parameter a reader can send, against the production
// server: never a 5xx, and never reflected as raw markup. Every payload goes to every route; the
// corpus's wrapped forms of them ("I think … is interesting", upper case, doubled) bring no byte a
// route's parser has not seen in the payload itself, so each goes to two routes in turn: every
// entry still reaches the server, at a quarter of the full cross product's requests (issue 17).
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { freePort } from '../helpers/free-port';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { copyProject, startInstance, type InstanceServer } from './instance-servers';

const { entries, payloads } = JSON.parse(fs.readFileSync('tests/fixtures/hostile-input.json', 'utf8')) as {
  entries: string[];
  payloads: number;
};

// {} is where the entry goes. Every route with a parameter, and the query parameters pages read.
const ROUTES = [
  '/articles/{}',
  '/articles/{}/comments',
  '/articles/harbour-works?x={}',
  '/articles/harbour-works/comments?sort={}&page={}',
  '/articles/harbour-works/comments?sort={}&after={}&tab={}',
  '/articles/harbour-works/comments?comment={}&thread={}&after={}',
  '/articles/harbour-works?comment={}',
  '/sections/{}',
  '/sections/world/page/{}',
  '/topics/{}',
  '/topics/climate/page/{}',
  '/videos/{}',
  '/search?q={}',
  '/search?q=harbour&page={}',
  '/media/{}',
  '/signin?callbackUrl={}',
  '/signin/confirm?token={}&email={}&callbackUrl={}',
  '/signin/error?error={}',
  '/newsletter?source={}',
  '/newsletter/confirm?token={}',
  '/newsletter/preferences?token={}',
  '/newsletter/unsubscribe?token={}',
  '/newsletter/unsubscribe?token={}&d={}',
  '/newsletter/r/{}/{}',
  '/newsletter/digests/{}',
  '/notifications/unsubscribe/{}?token={}',
  '/notifications/unsubscribe/replies?token={}',
  '/moderation/queue/{}',
  '/moderation/users/{}',
  '/dev/mailbox/{}',
];

// Bytes as a browser sends them: UTF-8, every byte percent-encoded (lone surrogates become U+FFFD).
const encode = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

let t: TestDatabase;
let dir: string;
let server: InstanceServer;

beforeAll(async () => {
  t = await createTestDatabase();
  const content = makeContentDir();
  writeArticle(content, {
    slug: 'harbour-works',
    topics: ['Climate'],
    publishedAt: new Date(Date.now() - 3600_000).toISOString(),
  });
  await importContent(t.db, content);
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  dir = copyProject();
  server = await startInstance(dir, port, {
    DATABASE_URL: t.url,
    SITE_URL: site,
    AUTH_SECRET: 'hostile-urls-secret-hostile-urls-secret',
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every payload on every route; each wrapped entry on two routes, half the route list apart. */
function jobs(): { route: string; entry: string }[] {
  const all = ROUTES.flatMap((route) => entries.slice(0, payloads).map((entry) => ({ route, entry })));
  entries.slice(payloads).forEach((entry, i) => {
    for (const r of [i, i + Math.floor(ROUTES.length / 2)]) all.push({ route: ROUTES[r % ROUTES.length]!, entry });
  });
  return all;
}

it(
  `${payloads} payloads × ${ROUTES.length} routes, and ${entries.length - payloads} wrapped forms on two routes each: no 5xx, no raw markup echoed`,
  { timeout: 600_000 },
  async () => {
    const failures: string[] = [];
    let requests = 0;
    const planned = jobs();
    // Every entry of the corpus is among them.
    expect(new Set(planned.map((j) => j.entry)).size).toBe(entries.length);
    const queue = [...planned];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const path = job.route.replaceAll('{}', encode(job.entry));
        requests++;
        let res: Response;
        try {
          res = await fetch(server.url + path, { redirect: 'manual' });
        } catch (err) {
          failures.push(`${job.route} ${JSON.stringify(job.entry.slice(0, 60))}: ${(err as Error).message}`);
          continue;
        }
        const body = await res.text();
        if (res.status >= 500) failures.push(`${job.route} ${JSON.stringify(job.entry.slice(0, 60))}: ${res.status}`);
        else if (/<[a-z!/]/i.test(job.entry) && job.entry.length > 3 && body.includes(job.entry)) {
          failures.push(`${job.route} ${JSON.stringify(job.entry.slice(0, 60))}: echoed as markup`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures.slice(0, 30), server.log().slice(-3000)).toEqual([]);
    expect(requests).toBe(planned.length);
    // The server is still healthy afterwards.
    expect((await fetch(`${server.url}/articles/harbour-works`)).status).toBe(200);
  },
);

it('a broken %-escape in any route answers 400 with the security headers, never a bare 500', async () => {
  const failures: string[] = [];
  for (const route of ROUTES.filter((r) => r.split('?')[0]!.includes('{}'))) {
    for (const broken of ['%ZZ', '%', '%E0%A4%A', '%C0']) {
      const path = route.replaceAll('{}', broken);
      const res = await fetch(server.url + path, { redirect: 'manual' });
      const csp = res.headers.get('content-security-policy') ?? '';
      if (
        res.status !== 400 ||
        !csp.includes("script-src 'self'") ||
        res.headers.get('x-content-type-options') !== 'nosniff'
      ) {
        failures.push(`${path}: ${res.status} ${res.headers.get('content-type')}`);
      }
    }
  }
  expect(failures).toEqual([]);
});
