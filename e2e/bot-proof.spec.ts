// Issue #16: sign-up and sign-in need proof of work (solved by the page itself), or, without
// JavaScript, a short wait; a script posting straight to the sign-in endpoint is refused.
import { expect, test, type Page } from '@playwright/test';
import { openE2eDb } from './helpers/e2e-db';
import { challengeFetched } from './helpers/human-check';
import { signInAs } from './helpers/sign-in';
import { inboxFiles, signInLinkFrom, waitForEmail } from './helpers/smtp-inbox';

const unique = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

function watchPolicy(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/violates|Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test('with JavaScript, a reader subscribes and signs in; the page solves the challenge itself, within the script policy', async ({
  browser,
}) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.161' } });
  const page = await context.newPage();
  const violations = watchPolicy(page);
  const challenges: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/challenge') challenges.push(r.url());
  });

  const email = unique('js-subscriber');
  const seen = await inboxFiles();
  const challenge = challengeFetched(page);
  await page.goto('/newsletter');
  const main = page.getByRole('main');
  await main.getByLabel('Your email', { exact: true }).fill(email);
  await challenge;
  await main.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  const mail = await waitForEmail(email, { after: seen });
  expect(mail.subject).toBe('Confirm your Dispatch newsletter subscription');
  expect(challenges.length).toBeGreaterThan(0);

  await signInAs(page, unique('js-reader'));
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

test('without JavaScript, a reader subscribes and signs in after a short wait', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.162' },
  });
  const page = await context.newPage();
  // The sign-in form's wait runs in a page of its own while the subscription's runs out.
  const signInPage = await context.newPage();

  const email = unique('no-js-subscriber');
  const reader = unique('no-js-reader');
  const seen = await inboxFiles();
  await page.goto('/newsletter');
  const main = page.getByRole('main');
  await main.getByLabel('Your email', { exact: true }).fill(email);
  await main.getByRole('button', { name: 'Subscribe' }).click();
  await expect(
    main.getByText(
      /One more step, because your browser is not running JavaScript: please wait 5 seconds, then press “Subscribe” again\./,
    ),
  ).toBeVisible();
  await expect(main.getByLabel('Your email', { exact: true })).toHaveValue(email);
  await signInPage.goto('/signin?callbackUrl=%2Faccount');
  await signInPage.getByLabel('Email address').fill(reader);
  await signInPage.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(signInPage.getByText(/please wait 5 seconds, then press “Email me a sign-in link” again/)).toBeVisible();
  // Pressed at once: not yet. Then as a person would, again after reading, until it is taken.
  await main.getByRole('button', { name: 'Subscribe' }).click();
  await expect(main.getByText(/^Not yet: please wait \d more seconds?/)).toBeVisible();
  await expect(async () => {
    if (!/check-email/.test(page.url()))
      await page.getByRole('main').getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible({ timeout: 1000 });
  }).toPass({ intervals: [1000], timeout: 20_000 });
  expect((await waitForEmail(email, { after: seen })).subject).toBe('Confirm your Dispatch newsletter subscription');

  await expect(async () => {
    if (!/check-email/.test(signInPage.url()))
      await signInPage.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect(signInPage.getByRole('heading', { name: 'Check your email' })).toBeVisible({ timeout: 1000 });
  }).toPass({ intervals: [1000], timeout: 20_000 });
  const link = signInLinkFrom(await waitForEmail(reader, { after: seen }));
  await signInPage.goto(link);
  await signInPage.getByRole('button', { name: 'Complete sign-in' }).click();
  await expect(signInPage.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await context.close();
});

test('a script that posts to the sign-in endpoint without a solved challenge is refused and nothing is sent', async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.163' },
  });
  const email = unique('script');
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const origin = new URL(baseURL!).origin;
  for (const altcha of [undefined, 'made-up']) {
    const reply = await request.post('/api/auth/signin/email', {
      form: { email, csrfToken, callbackUrl: '/account', ...(altcha ? { altcha } : {}) },
      headers: { origin },
      maxRedirects: 0,
    });
    expect(reply.status()).toBe(403);
    expect(await reply.text()).toContain('Ask for a sign-in link with the form at /signin.');
  }
  const db = openE2eDb();
  expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0);
  await db.$disconnect();
  await request.dispose();
});
