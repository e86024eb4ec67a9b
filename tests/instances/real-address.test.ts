// The site at an address that is not localhost, as a deployment has, attacked the way a stranger
// would (issue 12): sign-in lands where it started, limits follow the socket (and only trusted
// proxy hops), the session token never reaches scripts, the mailbox stays shut to anyone not on
// this machine, and malformed or oversized requests get a 4xx with the security headers.
import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { freePort } from '../helpers/free-port';
import { fetchSolvedAnswer } from '../helpers/solve-challenge';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';
import { startSmtp } from '../integration/newsletter-fixtures';
import { copyProject, startInstance, type InstanceServer } from './instance-servers';

const SECRET = 'real-address-secret-real-address-secret';
const SLUG = 'harbour-works';
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36';

let t: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
// direct: no proxy in front (TRUST_PROXY=0), SMTP set. proxied: TRUST_PROXY=1, no SMTP (mailbox).
let direct: InstanceServer;
let proxied: InstanceServer;
const dirs: string[] = [];

type Reply = { status: number; headers: http.IncomingHttpHeaders; text: string };

/** One HTTP request from a chosen loopback address, as a client on another machine would send it. */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; from?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, localAddress: options.from ?? '127.0.0.1' },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    // A refused upload may close the socket before the body is written.
    req.on('error', reject);
    req.end(options.body);
  });
}

const cookiesOf = (reply: Reply) => (reply.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!);
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = 'application/x-www-form-urlencoded';

/** Asks for a sign-in link through Auth.js's endpoint; returns the status. */
async function requestLink(
  server: InstanceServer,
  email: string,
  options: { from?: string; forwardedFor?: string; callbackUrl?: string } = {},
): Promise<Reply & { cookies: string[] }> {
  const csrf = await send(`${server.url}/api/auth/csrf`, { from: options.from });
  const cookies = cookiesOf(csrf);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const headers: Record<string, string> = { 'content-type': FORM, cookie: cookies.join('; '), origin: server.url };
  if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor;
  const reply = await send(`${server.url}/api/auth/signin/email`, {
    method: 'POST',
    from: options.from,
    headers,
    // A solved proof-of-work challenge, as the sign-in form sends (docs/0017).
    body: form({
      email,
      csrfToken,
      callbackUrl: options.callbackUrl ?? '/account',
      altcha: await fetchSolvedAnswer(server.url),
    }),
  });
  return { ...reply, cookies };
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until)
      throw new Error(`timed out waiting for ${what}\n--- direct ---\n${direct.log().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtp();
  const content = makeContentDir();
  writeArticle(content, {
    slug: SLUG,
    title: 'Harbour works begin',
    publishedAt: new Date(Date.now() - 3600_000).toISOString(),
  });
  await importContent(t.db, content);
  const [portA, portB] = [await freePort(), await freePort()];
  dirs.push(copyProject(), copyProject());
  const common = { DATABASE_URL: t.url, AUTH_SECRET: SECRET, EMAIL_FROM: 'Dispatch <news@dispatch.test>' };
  [direct, proxied] = await Promise.all([
    startInstance(dirs[0]!, portA, {
      ...common,
      SITE_URL: `http://127.0.0.1:${portA}`,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      TRUST_PROXY: '0',
    }),
    startInstance(dirs[1]!, portB, { ...common, SITE_URL: `http://127.0.0.1:${portB}`, TRUST_PROXY: '1' }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
  await smtp?.close();
  await t?.cleanup();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('sign-in at 127.0.0.1', () => {
  it('the emailed link, then the button, land the reader back on the article, signed in; a GET or a foreign page spends nothing', async () => {
    const site = direct.url;
    const email = 'lands@example.test';
    const before = smtp.received.length;
    const asked = await requestLink(direct, email, { callbackUrl: `/articles/${SLUG}` });
    expect(asked.status).toBe(302);
    // Every address Auth.js writes is on the site's own origin, not "localhost".
    expect(new URL(asked.headers.location!).origin).toBe(site);
    const mail = await waitFor('the sign-in email', () => smtp.received.slice(before).find((m) => m.to === email));
    const text = mail.raw
      .toString()
      .replace(/=\r?\n/g, '')
      .replace(/=3D/g, '=');
    const link = new URL(/http:\/\/\S+\/signin\/confirm\?\S+/.exec(text)![0]);
    expect(link.origin).toBe(site);

    const page = await send(link.href);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Complete sign-in');
    expect(/<form[^>]*action="\/api\/auth\/callback\/email" method="post"/.test(page.text), 'the button posts').toBe(
      true,
    );

    // A link scanner, or a foreign page sending the browser to the callback: no session, the
    // confirmation page instead, and the token still works afterwards.
    const callback = new URL(`${site}/api/auth/callback/email`);
    for (const [k, v] of link.searchParams) callback.searchParams.set(k, v);
    const scanned = await send(callback.href, {
      headers: { cookie: asked.cookies.join('; '), 'sec-fetch-site': 'cross-site' },
    });
    expect(scanned.status).toBe(303);
    expect(scanned.headers.location).toBe(link.href);
    expect(cookiesOf(scanned).some((c) => c.includes('session-token'))).toBe(false);

    const fields = form(Object.fromEntries(link.searchParams));
    const foreign = await send(callback.origin + callback.pathname, {
      method: 'POST',
      headers: { 'content-type': FORM, origin: 'https://evil.example' },
      body: fields,
    });
    expect(foreign.status).toBe(403);
    expect(cookiesOf(foreign).some((c) => c.includes('session-token'))).toBe(false);

    const signedIn = await send(callback.origin + callback.pathname, {
      method: 'POST',
      headers: { 'content-type': FORM, origin: site, cookie: asked.cookies.join('; ') },
      body: fields,
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.location).toBe(`${site}/articles/${SLUG}`);
    const cookies = cookiesOf(signedIn);
    const session = cookies.find((c) => c.startsWith('authjs.session-token='))!;
    expect(session).toBeDefined();
    expect(cookies).toContain('dispatch-notice=signed-in');

    // What scripts can read about the session: who is signed in, never the token.
    const token = session.split('=')[1]!;
    const seen = await send(`${site}/api/auth/session`, { headers: { cookie: session } });
    expect(JSON.parse(seen.text)).toMatchObject({ user: { email } });
    expect(seen.text).not.toContain(token);
    expect(seen.text).not.toMatch(/sessionToken|userId/);
  });

  it('an address Auth.js cannot take gets a 400 with a sentence, not its Configuration page', async () => {
    const reply = await requestLink(direct, 'josé@example.test');
    expect(reply.status).toBe(400);
    expect(reply.text).toMatch(/Latin letters/);
    expect(direct.log()).not.toMatch(/unhandledRejection|\[auth\]\[error\]/i);
  });
});

describe('one client identity', () => {
  it('without a proxy, the socket address is the client: X-Forwarded-For is ignored, and two addresses do not share a bucket', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      // A rotating X-Forwarded-For, as the attacker sent: it must not buy more requests.
      const reply = await requestLink(direct, `spoof${i}@example.test`, {
        from: '127.0.0.2',
        forwardedFor: `203.0.113.${i + 1}`,
      });
      statuses.push(reply.status);
    }
    expect(
      statuses.slice(0, 20).every((s) => s === 302),
      statuses.join(','),
    ).toBe(true);
    expect(statuses[20]).toBe(429);
    expect((await requestLink(direct, 'other-reader@example.test', { from: '127.0.0.3' })).status).toBe(302);
  });

  it('behind one proxy, only the right-most X-Forwarded-For entry counts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const reply = await requestLink(proxied, `hop${i}@example.test`, {
        from: '127.0.0.2',
        forwardedFor: `10.9.9.${i + 1}, 203.0.113.7`,
      });
      statuses.push(reply.status);
    }
    expect(
      statuses.slice(0, 20).every((s) => s === 302),
      statuses.join(','),
    ).toBe(true);
    expect(statuses[20]).toBe(429);
    expect(
      (
        await requestLink(proxied, 'next-reader@example.test', {
          from: '127.0.0.2',
          forwardedFor: '10.9.9.1, 203.0.113.8',
        })
      ).status,
    ).toBe(302);
  });

  it('views from one client count once, whatever X-Forwarded-For it writes', async () => {
    const viewCount = async () =>
      (await t.db.articleViewHour.aggregate({ _sum: { count: true }, where: { article: { slug: SLUG } } }))._sum
        .count ?? 0;
    const beacon = (from: string, forwardedFor: string) =>
      send(`${direct.url}/api/views`, {
        method: 'POST',
        from,
        headers: {
          'content-type': 'application/json',
          origin: direct.url,
          'user-agent': UA,
          'x-forwarded-for': forwardedFor,
        },
        body: JSON.stringify({ slug: SLUG }),
      });
    for (let i = 0; i < 30; i++) expect((await beacon('127.0.0.4', `198.51.100.${i + 1}`)).status).toBe(204);
    await waitFor('the first views', async () => ((await viewCount()) >= 1 ? true : undefined));
    // A second, different client: once its view is in, nothing of the first one is still pending.
    await beacon('127.0.0.5', '198.51.100.1');
    await waitFor('the second client', async () => ((await viewCount()) >= 2 ? true : undefined));
    expect(await viewCount()).toBe(2);
  });
});

describe('reads are GETs', () => {
  it('a thread is read by GET: shared and briefly cacheable for signed-out readers, 404 for an unknown story', async () => {
    const thread = await send(`${direct.url}/api/comments/${SLUG}?sort=oldest`);
    expect(thread.status).toBe(200);
    expect(thread.headers['cache-control']).toBe('public, max-age=0, s-maxage=5');
    expect(JSON.parse(thread.text)).toMatchObject({
      articleSlug: SLUG,
      sort: 'oldest',
      isFirstPage: true,
      viewer: null,
    });
    expect((await send(`${direct.url}/api/comments/no-such-story`)).status).toBe(404);
    expect((await send(`${direct.url}/api/comments/..%2Fetc`)).status).toBe(404);
  });
});

describe('/dev/mailbox', () => {
  it('opens to a browser on this machine talking to the server directly, and to nobody through a proxy', async () => {
    expect((await send(`${proxied.url}/dev/mailbox`)).status).toBe(200);
    const viaProxy = await send(`${proxied.url}/dev/mailbox`, { headers: { 'x-forwarded-for': '203.0.113.50' } });
    expect(viaProxy.status).toBe(404);
    expect(viaProxy.text).not.toContain('sign-in link');
    const message = await send(`${proxied.url}/dev/mailbox/anything`, {
      headers: { 'x-forwarded-for': '203.0.113.50' },
    });
    expect(message.status).toBe(404);
    // Claiming the header the server sets for local clients changes nothing.
    expect(
      (
        await send(`${proxied.url}/dev/mailbox`, {
          headers: { 'x-forwarded-for': '203.0.113.50', 'x-dispatch-loopback': '1' },
        })
      ).status,
    ).toBe(404);
  });
});

describe('hostile requests get a 4xx with the security headers', () => {
  const expectHeaders = (reply: Reply) => {
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  };

  it('malformed percent-escapes: 400', async () => {
    for (const path of ['/articles/%ZZ', '/sections/%', '/media/%E0%A4%A', '/topics/%C0%AF/page/2', '/videos/%']) {
      const reply = await send(`${direct.url}${path}`);
      expect(reply.status, path).toBe(400);
      expectHeaders(reply);
    }
  });

  it('bodies over the limit: 413 (the one-click unsubscribe too), and a body of unknown length: 411', async () => {
    const big = Buffer.alloc(100 * 1024, 'a');
    for (const path of ['/newsletter/unsubscribe?token=x', '/api/views', '/api/auth/signin/email']) {
      const reply = await send(`${direct.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': FORM, origin: direct.url },
        body: big,
      });
      expect(reply.status, path).toBe(413);
      expectHeaders(reply);
    }
    const huge = await send(`${direct.url}/articles/${SLUG}/comments`, {
      method: 'POST',
      headers: { 'content-type': FORM, origin: direct.url },
      body: Buffer.alloc(3 * 1024 * 1024, 'a'),
    });
    expect(huge.status).toBe(413);
    const chunked = await send(`${direct.url}/api/views`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: direct.url, 'transfer-encoding': 'chunked' },
      body: '{}',
    });
    expect(chunked.status).toBe(411);
  });
});
