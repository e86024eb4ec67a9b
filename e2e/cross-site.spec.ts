// Issue #8: writes refuse other origins, redirects stay on our origin, limited endpoints answer
// 429 with Retry-After. Each refusal is checked to change nothing, and each same-origin twin to work.
import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signRevalidation } from '../lib/cache/revalidation-request';
import { solvedChallenge } from './helpers/challenge';
import { openE2eDb } from './helpers/e2e-db';
import { newReader } from './helpers/reader';
import { requestSignInLink } from './helpers/sign-in';
import { inboxFiles, readInbox, waitForEmail } from './helpers/smtp-inbox';

const EVIL = 'https://evil.example';
const unique = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

async function csrfToken(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
}

/**
 * Every POST the page makes to `path` from now on claims to come from another site. The browser
 * will not let a page rewrite Origin, so the request is replayed with the context's cookies.
 */
async function forgeOrigin(page: Page, path: string) {
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    await route.fulfill({
      response: await route.fetch({ headers: { ...route.request().headers(), origin: EVIL }, maxRedirects: 0 }),
    });
  });
}

test.describe('route handlers and Auth.js refuse other origins', () => {
  test('the sign-in email endpoint sends nothing for another origin and sends a link for ours', async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.11' },
    });
    const email = unique('crosssite');
    const form = { csrfToken: await csrfToken(request), email, callbackUrl: '/account', altcha: '' };
    const seen = await inboxFiles();

    form.altcha = await solvedChallenge(request);
    const foreign = await request.post('/api/auth/signin/email', { form, headers: { origin: EVIL }, maxRedirects: 0 });
    expect(foreign.status()).toBe(403);
    const db = openE2eDb();
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);

    const ours = await request.post('/api/auth/signin/email', {
      form,
      headers: { origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(ours.status()).toBe(302);
    await waitForEmail(email, { after: seen });
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(1);
    await db.$disconnect();
    await request.dispose();
  });

  test('sign-out and session update refuse another origin; sign-out from ours ends the session', async ({
    browser,
    baseURL,
  }) => {
    const reader = await newReader(browser, 'Signout');
    const request = reader.page.request;
    const db = openE2eDb();
    const sessions = () => db.session.count({ where: { user: { email: reader.email } } });
    const form = { csrfToken: await csrfToken(request), callbackUrl: '/' };

    expect(
      (await request.post('/api/auth/signout', { form, headers: { origin: EVIL }, maxRedirects: 0 })).status(),
    ).toBe(403);
    expect((await request.post('/api/auth/session', { data: {}, headers: { origin: EVIL } })).status()).toBe(403);
    expect(await sessions()).toBe(1);

    const ours = await request.post('/api/auth/signout', {
      form,
      headers: { origin: new URL(baseURL!).origin },
      maxRedirects: 0,
    });
    expect(ours.status()).toBe(302);
    expect(await sessions()).toBe(0);
    await db.$disconnect();
  });

  test('the view beacon and the revalidation hook refuse another origin and work from ours', async ({
    request,
    baseURL,
  }) => {
    const slug = 'tallow-bay-kelp-forest-recovery';
    expect((await request.post('/api/views', { data: { slug }, headers: { origin: EVIL } })).status()).toBe(403);
    expect(
      (
        await request.post('/api/views', {
          data: { slug },
          headers: { origin: new URL(baseURL!).origin, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0' },
        })
      ).status(),
    ).toBe(204);

    const secret = process.env.AUTH_SECRET ?? fs.readFileSync('data/auth-secret', 'utf8').trim();
    const { body, signature } = signRevalidation(secret, { paths: ['/feed.xml'], issuedAt: Date.now() });
    const post = (origin?: string) =>
      request.post('/api/revalidate', {
        data: body,
        headers: {
          'content-type': 'application/json',
          'x-dispatch-signature': signature,
          ...(origin ? { origin } : {}),
        },
      });
    const foreign = await post(EVIL);
    expect(foreign.status()).toBe(403);
    expect(await foreign.json()).toEqual({ error: 'Cross-site request refused' });
    const ours = await post();
    expect(ours.status()).toBe(200);
    expect(await ours.json()).toEqual({ revalidated: 1 });
  });

  test('the RFC 8058 one-click POST is the exception: another origin may unsubscribe with a valid token', async ({
    request,
  }) => {
    // Mail providers post from their own servers; the signed token is the authority (docs/0006).
    const res = await request.post('/newsletter/unsubscribe?token=not-a-token', {
      data: 'List-Unsubscribe=One-Click',
      headers: { origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status()).toBe(404); // reached the handler: an unknown token, not a cross-site refusal
  });
});

test.describe('server actions refuse other origins (Next.js checks Origin against Host)', () => {
  test('a display-name change posted from another origin changes nothing; from ours it saves', async ({ browser }) => {
    const reader = await newReader(browser, 'Forged');
    const db = openE2eDb();
    const stored = async () =>
      (await db.user.findUniqueOrThrow({ where: { email: reader.email }, select: { displayName: true } })).displayName;
    await reader.page.goto('/account');
    await forgeOrigin(reader.page, '/account');
    const forged = reader.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/account'));
    await reader.page.getByLabel('Display name').fill('Changed Elsewhere');
    await reader.page.getByRole('button', { name: 'Save' }).click();
    expect((await forged).status()).toBeGreaterThanOrEqual(400);
    await expect(reader.page.getByText('Saved.')).toHaveCount(0);
    expect(await stored()).toBe(reader.displayName);

    await reader.page.unrouteAll();
    await reader.page.goto('/account');
    const name = `Changed Here ${Date.now() % 100000}`;
    await reader.page.getByLabel('Display name').fill(name);
    await reader.page.getByRole('button', { name: 'Save' }).click();
    await expect(reader.page.getByText('Saved.')).toBeVisible();
    expect(await stored()).toBe(name);
    await db.$disconnect();
  });

  test('a comment posted without JavaScript from another origin is not stored', async ({ browser }) => {
    const settings = {
      commentWindowDays: 0,
      postsPer15Seconds: 100,
      postsPerHour: 1000,
      newCommenterHoldCount: 0,
      linkHoldMinApproved: 0,
    };
    const db = openE2eDb();
    await db.moderationSettings.upsert({ where: { id: 1 }, update: settings, create: { id: 1, ...settings } });
    const reader = await newReader(browser, 'Nojs');
    const context = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await reader.page.context().storageState(),
      extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.12' },
    });
    const page = await context.newPage();
    const thread = '/articles/planetarium-dome-film-reopens/comments';
    await page.goto(thread);
    await page.getByRole('button', { name: 'I have read and accept the comment policy' }).click();
    const text = `Forged from elsewhere ${Date.now()}`;
    await forgeOrigin(page, thread);
    await page.getByLabel(`Comment as ${reader.displayName}`).fill(text);
    const forged = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Post comment' }).click();
    expect((await forged).status()).toBeGreaterThanOrEqual(400);
    expect(await db.comment.count({ where: { body: text } })).toBe(0);

    await page.unrouteAll();
    await page.goto(thread);
    await page.getByLabel(`Comment as ${reader.displayName}`).fill(text);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await expect.poll(() => db.comment.count({ where: { body: text } })).toBe(1);
    await db.$disconnect();
    await context.close();
  });
});

test.describe('redirects stay on our origin', () => {
  const HOSTILE = [
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '%2F%2Fevil.example',
    '/%5C%5Cevil.example/',
  ];

  test('a signed-in reader sent to /signin with a hostile callbackUrl lands on our site', async ({
    browser,
    baseURL,
  }) => {
    const reader = await newReader(browser, 'Redirected');
    for (const value of HOSTILE) {
      const res = await reader.page.request.get(`/signin?callbackUrl=${encodeURIComponent(value)}`, {
        maxRedirects: 0,
      });
      expect([value, res.status()]).toEqual([value, 307]);
      const target = new URL(res.headers()['location']!, baseURL);
      expect([value, target.origin]).toEqual([value, new URL(baseURL!).origin]);
    }
  });

  test('the sign-in form keeps only a path of ours as its return address', async ({ request }) => {
    for (const value of HOSTILE.filter((v) => !v.startsWith('/%5C'))) {
      const html = await (await request.get(`/signin?callbackUrl=${encodeURIComponent(value)}`)).text();
      expect([value, /name="callbackUrl" value="([^"]*)"/.exec(html)?.[1]]).toEqual([value, '/']);
    }
  });

  test('Auth.js sends hostile callback URLs to our front page', async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    for (const value of HOSTILE) {
      const res = await request.get(
        `/api/auth/callback/email?token=nothing&email=nobody%40example.test&callbackUrl=${encodeURIComponent(value)}`,
        { maxRedirects: 0 },
      );
      const target = new URL(res.headers()['location'] ?? '/', baseURL);
      expect([value, target.origin]).toEqual([value, origin]);
    }
  });

  test('a real sign-in link whose callbackUrl was swapped for another site ends on ours', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.13' } });
    const page = await context.newPage();
    const link = new URL(await requestSignInLink(page, unique('swapped')));
    link.searchParams.set('callbackUrl', `${EVIL}/account`);
    await page.goto(link.toString());
    await page.getByRole('button', { name: 'Complete sign-in' }).click();
    await expect(page).toHaveURL(`${new URL(baseURL!).origin}/`);
    await context.close();
  });
});

test.describe('rate limits answer 429 with Retry-After', () => {
  test('the sign-in email endpoint shares the form’s allowance: a sixth link for one address within the hour', async ({
    browser,
  }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.21' } });
    const page = await context.newPage();
    const request = page.request;
    const email = unique('limited');
    // The form first (a server action), so the limiter the endpoint uses was made by other code.
    await requestSignInLink(page, email);
    const token = await csrfToken(request);
    const form = async () => ({ csrfToken: token, email, callbackUrl: '/', altcha: await solvedChallenge(request) });
    for (let i = 0; i < 4; i++)
      expect((await request.post('/api/auth/signin/email', { form: await form(), maxRedirects: 0 })).status()).toBe(
        302,
      );
    const res = await request.post('/api/auth/signin/email', { form: await form(), maxRedirects: 0 });
    expect(res.status()).toBe(429);
    const retryAfter = Number(res.headers()['retry-after']);
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const db = openE2eDb();
    // Auth.js keeps one token per request; the refused sixth made none.
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(5);
    await db.$disconnect();
    await context.close();
  });

  test('every write from one address: the 301st POST in a minute, route handler and server action alike', async ({
    playwright,
    baseURL,
  }) => {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: {
        'x-forwarded-for': '203.0.113.22',
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0',
      },
    });
    const statuses: number[] = [];
    // WRITES_PER_MINUTE in lib/security/write-limits.ts
    for (let i = 0; i < 300; i++)
      statuses.push((await request.post('/api/views', { data: { slug: 'tallow-bay-kelp-forest-recovery' } })).status());
    expect(new Set(statuses)).toEqual(new Set([204]));

    const beacon = await request.post('/api/views', { data: { slug: 'tallow-bay-kelp-forest-recovery' } });
    expect(beacon.status()).toBe(429);
    const retryAfter = Number(beacon.headers()['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);

    // A server action is refused before it runs: the newsletter form sends no email.
    const email = unique('flooded');
    const seen = await inboxFiles();
    const action = await request.post('/newsletter', {
      headers: { 'next-action': '0'.repeat(42) },
      multipart: { email },
    });
    expect(action.status()).toBe(429);
    expect(Number(action.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
    // Reading is never limited.
    expect((await request.get('/newsletter')).status()).toBe(200);
    expect(
      (await readInbox())
        .filter((m) => !seen.has(m.file))
        .map((m) => m.text ?? '')
        .join(''),
    ).not.toContain(email);
    await request.dispose();
  });
});
