// Issue #8: no page or response leaks another reader's email address, tokens, session or
// moderation notes. Reader A leaves every trace a reader can; then reader B and an anonymous
// visitor fetch every page and response they can reach, and none may carry A's secrets.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { E2E_DATABASE_URL, openE2eDb } from './helpers/e2e-db';
import { newReader } from './helpers/reader';
import { openComments, scrollToComments } from './helpers/comments';
import { requestSignInLink } from './helpers/sign-in';

const ARTICLE = '/articles/planetarium-dome-film-reopens';
const SETTINGS = {
  commentWindowDays: 0,
  postsPer15Seconds: 100,
  postsPerHour: 1000,
  newCommenterHoldCount: 0,
  linkHoldMinApproved: 0,
};
// Any newsletter link with a token: B is not subscribed and an anonymous visitor has no account,
// so any such link they are shown belongs to somebody else.
const NEWSLETTER_TOKEN = /newsletter\/(?:confirm|preferences|unsubscribe)\?token=[\w.%-]+|name="token" value="[^"]+"/;

test.beforeAll(async () => {
  const db = openE2eDb();
  await db.moderationSettings.upsert({ where: { id: 1 }, update: SETTINGS, create: { id: 1, ...SETTINGS } });
  await db.$disconnect();
});

/** Records the text of every document, fetch (RSC and server-action) response the page receives. */
function recordResponses(page: Page): () => Promise<{ url: string; text: string }[]> {
  const pending: Promise<{ url: string; text: string } | null>[] = [];
  page.on('response', (r) => {
    if (!['document', 'fetch', 'xhr'].includes(r.request().resourceType())) return;
    pending.push(
      r.text().then(
        (text) => ({ url: r.url(), text }),
        () => null,
      ),
    );
  });
  return async () => (await Promise.all(pending)).filter((x) => x !== null);
}

test('reader B and an anonymous visitor never see reader A’s email, tokens, session or moderation notes', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // Reader A signs in through a real emailed link, names themself, comments, subscribes.
  const contextA = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.31' } });
  const pageA = await contextA.newPage();
  const emailA = `alice-${Date.now()}@example.test`;
  const link = await requestSignInLink(pageA, emailA);
  const magicToken = new URL(link).searchParams.get('token')!;
  await pageA.goto(link);
  await pageA.getByRole('button', { name: 'Complete sign-in' }).click();
  await expect(pageA).toHaveURL(/\/account$/);
  const nameA = `Alice ${Date.now() % 100000}`;
  await pageA.getByLabel('Display name').fill(nameA);
  await pageA.getByRole('button', { name: 'Save' }).click();
  await expect(pageA.getByText('Saved.')).toBeVisible();

  await openComments(pageA, ARTICLE);
  const section = pageA.getByRole('region', { name: /^Comments/ });
  await section.getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  const commentA = `Alice was here ${Date.now()}`;
  await section.getByLabel(`Comment as ${nameA}`).fill(commentA);
  await section.getByRole('button', { name: 'Post comment' }).click();
  await expect(section.getByText(commentA)).toBeVisible();

  await pageA.goto('/account');
  await pageA.getByRole('button', { name: 'Subscribe to the digest' }).click();
  await expect(pageA.getByRole('link', { name: 'Change newsletter preferences' })).toBeVisible();
  const accountHtml = await pageA.content();
  const newsletterTokens = [...accountHtml.matchAll(/token=([\w.%-]+)/g)].map((m) => decodeURIComponent(m[1]!));
  expect(newsletterTokens.length).toBeGreaterThanOrEqual(2);

  // A moderator warns A: the note is for A alone.
  const mod = await newReader(browser, 'Leakmod');
  execFileSync('node_modules/.bin/tsx', ['scripts/user-role.ts', mod.email, 'moderator'], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    stdio: 'pipe',
  });
  const db = openE2eDb();
  const userA = await db.user.findUniqueOrThrow({ where: { email: emailA }, select: { id: true } });
  await db.$disconnect();
  const warning = `Private note for Alice ${Date.now()}`;
  await mod.page.goto(`/moderation/users/${userA.id}`);
  await mod.page.getByLabel('Reason (the reader sees it)').fill(warning);
  await mod.page.getByRole('button', { name: 'Warn' }).click();
  await expect(mod.page.getByText('Warning recorded')).toBeVisible();
  await mod.page.context().close();
  await pageA.goto('/account');
  await expect(pageA.getByText(warning)).toBeVisible();

  const sessionA = (await contextA.cookies()).find((c) => c.name.endsWith('authjs.session-token'))!.value;
  const secrets = {
    email: emailA,
    'email (encoded)': encodeURIComponent(emailA),
    session: sessionA,
    'magic link token': magicToken,
    'moderation note': warning,
  };
  newsletterTokens.forEach((t, i) => Object.assign(secrets, { [`newsletter token ${i}`]: t }));

  const bob = await newReader(browser, 'Bob');
  const anonymousContext = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.32' } });
  const viewers = [
    { who: 'reader B', page: bob.page },
    { who: 'anonymous', page: await anonymousContext.newPage() },
  ];
  const pages = [
    '/',
    ARTICLE,
    `${ARTICLE}/comments`,
    `${ARTICLE}/comments?sort=newest`,
    `/search?q=${encodeURIComponent(nameA)}`,
    '/account',
    '/account/delete',
    '/newsletter',
    '/newsletter/preferences',
    '/newsletter/confirm',
    '/newsletter/unsubscribe',
    '/comment-policy',
    '/signin',
    '/moderation',
    '/moderation/queue/pending',
    '/moderation/queue/approved',
    '/moderation/log',
    '/moderation/settings',
    `/moderation/users/${userA.id}`,
    '/dev/mailbox',
  ];

  for (const { who, page } of viewers) {
    const responses = recordResponses(page);
    for (const path of pages) {
      await page.goto(path);
      if (path === ARTICLE) {
        await scrollToComments(page);
        await expect(page.getByText(commentA)).toBeVisible(); // the thread (a server action) has loaded
      }
    }
    const extra: { url: string; text: string }[] = [];
    for (const path of ['/feed.xml', '/sitemap.xml', '/robots.txt', '/account/export', '/api/auth/session']) {
      const res = await page.request.get(path);
      extra.push({ url: path, text: await res.text() });
    }
    // The RSC payloads that client-side navigation fetches.
    for (const path of [ARTICLE, `${ARTICLE}/comments`, '/account']) {
      const res = await page.request.get(path, { headers: { rsc: '1' } });
      extra.push({ url: `${path} (RSC)`, text: await res.text() });
    }
    for (const path of pages.filter((p) => p.startsWith('/moderation'))) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect([who, path, res.status()]).toEqual([who, path, who === 'anonymous' ? 307 : 403]);
    }

    const all = [...(await responses()), ...extra];
    // The scan can see what it looks for: A's comment and name reached this viewer.
    expect(all.some((r) => r.text.includes(commentA) && r.text.includes(nameA))).toBe(true);
    if (who === 'reader B') expect(all.filter((r) => r.text.includes(bob.email)).length).toBeGreaterThan(0);

    const leaks = all.flatMap((r) => [
      ...Object.entries(secrets)
        .filter(([, s]) => r.text.includes(s))
        .map(([name]) => `${who} saw A's ${name} in ${r.url}`),
      ...(NEWSLETTER_TOKEN.test(r.text) ? [`${who} saw a newsletter token in ${r.url}`] : []),
    ]);
    expect(leaks).toEqual([]);
  }
  await anonymousContext.close();
  await contextA.close();
});
