// Two production servers on one database behave as one site: a session made on one works on the
// other, limits count requests to both, page views from both count, an import on one machine refreshes the other's cached
// pages, and a due digest goes out once although both schedulers race for it.
// Runs on PostgreSQL when TEST_DATABASE=postgresql (CI), else on a shared SQLite file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { freePort } from '../helpers/free-port';
import { fetchSolvedAnswer } from '../helpers/solve-challenge';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { addSubscribers, startSmtp } from '../integration/newsletter-fixtures';
import { copyProject, startInstance, type InstanceServer } from './instance-servers';

const SECRET = 'two-instances-secret-two-instances-secret';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36';
const SLUG = 'harbour-lights';

let t: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let content: string;
let a: InstanceServer;
let b: InstanceServer;
let site: string;
const dirs: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtp();
  content = makeContentDir();
  writeArticle(content, {
    slug: SLUG,
    title: 'Harbour lights stay on',
    publishedAt: new Date(Date.now() - 3600_000).toISOString(),
  });
  writeArticle(content, {
    slug: 'tide-tables',
    title: 'Tide tables printed again',
    publishedAt: new Date(Date.now() - 7200_000).toISOString(),
  });
  await importContent(t.db, content);
  // Due now, so both servers' schedulers go for the same digest as soon as they start.
  await t.db.newsletterSettings.create({
    data: { id: 1, isSchedulerEnabled: true, sendHour: 0, timeZone: 'UTC', messagesPerSecond: 1000 },
  });
  await addSubscribers(
    t.db,
    Array.from({ length: 40 }, (_, i) => `digest${i}@example.test`),
  );

  const [portA, portB] = [await freePort(), await freePort()];
  // One public address for both, as behind a load balancer.
  site = `http://127.0.0.1:${portA}`;
  const env = {
    DATABASE_URL: t.url,
    SITE_URL: site,
    AUTH_SECRET: SECRET,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    EMAIL_FROM: 'Dispatch <news@dispatch.test>',
    // Behind a load balancer: the tests below play it, naming each reader in X-Forwarded-For.
    TRUST_PROXY: '1',
  };
  dirs.push(copyProject(), copyProject());
  [a, b] = await Promise.all([startInstance(dirs[0]!, portA, env), startInstance(dirs[1]!, portB, env)]);
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await smtp?.close();
  await t?.cleanup();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Cookies as a browser would keep them for one site. */
function cookieJar() {
  const jar = new Map<string, string>();
  return {
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
    take(res: Response) {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const i = pair!.indexOf('=');
        jar.set(pair!.slice(0, i), pair!.slice(i + 1));
      }
    },
  };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until)
      throw new Error(
        `timed out waiting for ${what}\n--- A ---\n${a.log().slice(-2000)}\n--- B ---\n${b.log().slice(-2000)}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

const headline = async (server: InstanceServer) => {
  const res = await fetch(`${server.url}/articles/${SLUG}`);
  const html = await res.text();
  return { title: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1], cache: res.headers.get('x-nextjs-cache') };
};

describe('two instances on one database', () => {
  it('a sign-in link requested on one server signs the reader in on the other, and the session works on both', async () => {
    const jar = cookieJar();
    const email = 'reader-two@example.test';
    const csrf = await fetch(`${a.url}/api/auth/csrf`);
    jar.take(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const before = smtp.received.length;
    const altcha = await fetchSolvedAnswer(a.url);
    const request = await fetch(`${a.url}/api/auth/signin/email`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: jar.header(),
        origin: a.url,
        'x-forwarded-for': '198.51.100.201',
      },
      body: new URLSearchParams({ email, csrfToken, callbackUrl: '/account', altcha }),
    });
    expect(request.status).toBeLessThan(400);
    const mail = await waitFor('the sign-in email', async () =>
      smtp.received.slice(before).find((m) => m.to === email),
    );
    const link = new URL(
      /https?:\/\/\S+\/signin\/confirm\?\S+/.exec(
        mail.raw
          .toString()
          .replace(/=\r?\n/g, '')
          .replace(/=3D/g, '='),
      )![0],
    );
    // The confirm page's button posts the link's fields to Auth.js's callback; done here on B.
    const fields = new URLSearchParams();
    for (const key of ['token', 'email', 'callbackUrl'])
      if (link.searchParams.get(key)) fields.set(key, link.searchParams.get(key)!);
    const signedIn = await fetch(`${b.url}/api/auth/callback/email`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), origin: site },
      body: fields,
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe(`${site}/account`);
    jar.take(signedIn);
    expect(jar.header()).toContain('authjs.session-token=');
    for (const server of [a, b]) {
      const account = await fetch(`${server.url}/account`, { headers: { cookie: jar.header() }, redirect: 'manual' });
      expect(account.status, `account page on ${server.url}`).toBe(200);
      expect(await account.text()).toContain(email);
    }
  });

  it('sign-in limits count requests to both servers together: the sixth link in an hour gets 429', async () => {
    const email = 'limited@example.test';
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const server = i % 2 === 0 ? a : b;
      const jar = cookieJar();
      const csrf = await fetch(`${server.url}/api/auth/csrf`);
      jar.take(csrf);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const altcha = await fetchSolvedAnswer(server.url);
      const res = await fetch(`${server.url}/api/auth/signin/email`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: jar.header(),
          origin: server.url,
          'x-forwarded-for': `198.51.100.${210 + i}`,
        },
        body: new URLSearchParams({ email, csrfToken, callbackUrl: '/account', altcha }),
      });
      statuses.push(res.status);
      retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5).every((s) => s < 400)).toBe(true);
    expect(statuses[5]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('page views sent to both servers are counted together', async () => {
    for (const [server, ip] of [
      [a, '198.51.100.11'],
      [b, '198.51.100.12'],
      [b, '198.51.100.13'],
    ] as const) {
      const res = await fetch(`${server.url}/api/views`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url, 'user-agent': UA, 'x-forwarded-for': ip },
        body: JSON.stringify({ slug: SLUG }),
      });
      expect(res.status).toBe(204);
    }
    const article = await t.db.article.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    await waitFor('three views in the database', async () => {
      const rows = await t.db.articleViewHour.findMany({ where: { articleId: article.id } });
      return rows.reduce((n, r) => n + r.count, 0) === 3 ? true : undefined;
    });
  });

  it('an import on one machine refreshes the cached article on the other', async () => {
    for (const server of [a, b]) {
      await headline(server);
      expect(await headline(server)).toEqual({ title: 'Harbour lights stay on', cache: 'HIT' });
    }
    writeArticle(content, {
      slug: SLUG,
      title: 'Harbour lights switched to solar',
      publishedAt: new Date(Date.now() - 3600_000).toISOString(),
    });
    // The import command as run on A's machine: it only knows its own server's port.
    const code = await new Promise<number | null>((resolve) =>
      spawn(process.execPath, ['--import', 'tsx', 'scripts/content-import.ts', content], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { ...process.env, DATABASE_URL: t.url, PORT: String(a.port), AUTH_SECRET: SECRET, SITE_URL: a.url },
        stdio: 'ignore',
      }).on('exit', resolve),
    );
    expect(code).toBe(0);
    const started = Date.now();
    for (const server of [a, b]) {
      await waitFor(
        `the new headline on ${server.url}`,
        async () => ((await headline(server)).title === 'Harbour lights switched to solar' ? true : undefined),
        15_000,
      );
    }
    console.info(`Both instances showed the new headline ${Date.now() - started} ms after the import finished.`);
  });

  it('the due digest goes out once: each subscriber gets exactly one copy', async () => {
    const counts = await waitFor(
      '40 digests at the SMTP server',
      async () => {
        const digests = smtp.received.filter((m) => m.to.startsWith('digest'));
        return digests.length >= 40 ? digests : undefined;
      },
      60_000,
    );
    // Give a second sender, if there were one, time to show itself.
    await new Promise((r) => setTimeout(r, 3000));
    const perAddress = new Map<string, number>();
    for (const m of smtp.received.filter((m) => m.to.startsWith('digest')))
      perAddress.set(m.to, (perAddress.get(m.to) ?? 0) + 1);
    expect(counts.length).toBeGreaterThanOrEqual(40);
    expect(perAddress.size).toBe(40);
    expect([...perAddress.values()].every((n) => n === 1)).toBe(true);
    expect(await t.db.digestDelivery.count({ where: { status: 'sent' } })).toBe(40);
  });

  it('a server stopped with SIGTERM saves the page views it was still holding', async () => {
    const article = await t.db.article.findUniqueOrThrow({ where: { slug: 'tide-tables' }, select: { id: true } });
    const res = await fetch(`${b.url}/api/views`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: b.url,
        'user-agent': UA,
        'x-forwarded-for': '198.51.100.31',
      },
      body: JSON.stringify({ slug: 'tide-tables' }),
    });
    expect(res.status).toBe(204);
    // Well inside the 5-second flush interval: only the shutdown can have written it.
    await b.stop();
    const rows = await t.db.articleViewHour.findMany({ where: { articleId: article.id } });
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(1);
  });
});
