import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { openE2eDb, E2E_DATABASE_URL } from './helpers/e2e-db';
import { challengeFetched } from './helpers/human-check';
import { requestSignInLink, signInAs } from './helpers/sign-in';
import { inboxFiles, waitForEmail } from './helpers/smtp-inbox';

const unique = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;

test('a new reader signs up by email link from an article, lands back on it signed in, sets a display name and signs out', async ({
  page,
}) => {
  const email = unique('newreader');
  const seen = await inboxFiles();
  const article = '/articles/tallow-bay-mayoral-runoff';
  const policyViolations: string[] = [];
  page.on('console', (m) => {
    if (/violates|Content Security Policy/i.test(m.text())) policyViolations.push(m.text());
  });
  await page.goto(article);
  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in or sign up' })).toBeVisible();
  await expect(page.getByText(/quick and free/)).toBeVisible();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page).toHaveURL(/\/signin\/check-email$/);

  const mail = await waitForEmail(email, { after: seen });
  expect(mail.subject).toBe('Your Dispatch sign-in link');
  expect(mail.from?.value[0]).toMatchObject({ name: 'Dispatch', address: 'news@dispatch.test' });
  expect(mail.headers.get('message-id')).toMatch(/^<.+@dispatch.test>$/);
  expect(mail.html).toContain('/signin/confirm?');
  const link = /http:\/\/127\.0\.0\.1:\d+\/signin\/confirm\?\S+/.exec(mail.text ?? '')![0];

  await page.goto(link);
  await expect(page.getByText(`You are signing in as ${email}`)).toBeVisible();
  await page.getByRole('button', { name: 'Complete sign-in' }).click();
  // Back on the article the reader started from, at the site's own address, told they are in.
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${article}$`));
  await expect(page.getByRole('status').filter({ hasText: `Signed in as ${email}` })).toBeVisible();
  expect(policyViolations).toEqual([]);
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Your account' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Your account' }).click();
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  await page.getByLabel('Display name').fill('Moderator Mo');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/look like Dispatch staff/)).toBeVisible();
  const name = `Reader ${Date.now() % 100000}`;
  await page.getByLabel('Display name').fill(`  ${name} `);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name })).toBeVisible();

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name.endsWith('authjs.session-token'))!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe('Lax');

  await page.getByRole('navigation', { name: 'Your account' }).getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  const db = openE2eDb();
  expect(await db.session.count({ where: { user: { email } } })).toBe(0);
  await db.$disconnect();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount$/);
});

test('a used link and an expired link each show a clear page and do not sign in', async ({ page, browser }) => {
  const email = unique('reuse');
  const link = await requestSignInLink(page, email);
  await page.goto(link);
  await page.getByRole('button', { name: 'Complete sign-in' }).click();
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();

  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(link);
  await expect(second.getByRole('heading', { name: 'This sign-in link no longer works' })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Complete sign-in' })).toHaveCount(0);
  await second.goto('/account');
  await expect(second).toHaveURL(/\/signin/);

  const expiring = unique('expired');
  const expiredLink = await requestSignInLink(second, expiring);
  const db = openE2eDb();
  await db.verificationToken.updateMany({
    where: { identifier: expiring },
    data: { expires: new Date(Date.now() - 1000) },
  });
  await db.$disconnect();
  await second.goto(expiredLink);
  await expect(second.getByRole('heading', { name: 'This sign-in link has expired' })).toBeVisible();
  // Opening the callback itself only shows the confirmation page; posting to it as the button
  // would still does not sign in with an expired token.
  const url = new URL(expiredLink);
  await second.goto(
    `/api/auth/callback/email?token=${url.searchParams.get('token')}&email=${encodeURIComponent(expiring)}`,
  );
  await expect(second).toHaveURL(/\/signin\/confirm\?/);
  await expect(second.getByRole('heading', { name: 'This sign-in link has expired' })).toBeVisible();
  const forced = await second.request.post('/api/auth/callback/email', {
    form: { token: url.searchParams.get('token')!, email: expiring },
    headers: { origin: new URL(second.url()).origin },
  });
  expect(forced.url()).toMatch(/\/signin\/error\?error=Verification$/);
  expect(await forced.text()).toContain('We couldn’t sign you in');
  await second.goto('/account');
  await expect(second).toHaveURL(/\/signin/);
  await other.close();
});

test('known and unknown addresses get the same answer', async ({ page }) => {
  const known = unique('known');
  await signInAs(page, known);
  // A session read still in flight would set the cookie again after it is cleared.
  await page.waitForLoadState('networkidle');
  await page.context().clearCookies();
  const answers: string[] = [];
  for (const email of [known, unique('unknown')]) {
    await page.goto('/signin');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    answers.push(await page.locator('main').innerText());
  }
  expect(answers[0]).toBe(answers[1]);
});

test('a sixth link within the hour is refused with a clear message', async ({ page }) => {
  const email = unique('limit');
  for (let i = 0; i < 5; i++) await requestSignInLink(page, email);
  const challenge = challengeFetched(page);
  await page.goto('/signin');
  await page.getByLabel('Email address').fill(email);
  await challenge;
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(
    page.getByText(/Too many sign-in emails have been requested\. Try again in \d+ minutes?\./),
  ).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveValue(email);
});

test('a bad address gets a specific message', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email address').fill('not-an-address');
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
});

test('user:role promotes a reader to moderator, who can then open moderation', async ({ page }) => {
  const email = unique('mod');
  await signInAs(page, email);
  await page.goto('/moderation');
  await expect(page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();

  const run = (args: string[]) =>
    execFileSync('node_modules/.bin/tsx', ['scripts/user-role.ts', ...args], {
      env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  expect(run([email, 'moderator'])).toContain(`${email}: reader → moderator`);
  expect(() => run([email, 'overlord'])).toThrow(/Unknown role "overlord"/);
  expect(() => run(['nobody@example.test', 'admin'])).toThrow(/No account uses nobody@example.test/);

  await page.goto('/moderation');
  await expect(page.getByRole('heading', { name: 'Moderation', level: 1 })).toBeVisible();
});
