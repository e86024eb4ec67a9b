import { expect, test } from '@playwright/test';
import { openE2eDb } from './helpers/e2e-db';
import { challengeFetched } from './helpers/human-check';
import { inboxFiles, waitForEmail, type InboxMessage } from './helpers/smtp-inbox';

const unique = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
// Raw header values: mailparser turns List-* headers into objects otherwise.
const header = (m: InboxMessage, name: string) =>
  m.headerLines
    .find((h) => h.key === name)
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n[ \t]+/g, ' ');
const linkIn = (text: string | undefined, path: string) =>
  new RegExp(`https?://\\S+${path}\\?token=[\\w.-]+`).exec(text ?? '')?.[0];

test('subscribe from an article, confirm from the email, change preferences, unsubscribe from the email', async ({
  page,
}) => {
  const email = unique('subscriber');
  let seen = await inboxFiles();
  const challenge = challengeFetched(page);
  await page.goto('/articles/tallow-bay-mayoral-runoff');
  const box = page.getByRole('region', { name: 'Get the Dispatch digest' });
  await box.getByLabel('Your email', { exact: true }).fill(email);
  await challenge;
  await box.getByRole('radio', { name: 'Daily' }).check();
  await box.getByRole('checkbox').first().check();
  await box.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();

  const confirmMail = await waitForEmail(email, { after: seen });
  expect(confirmMail.subject).toBe('Confirm your Dispatch newsletter subscription');
  seen = await inboxFiles();
  await page.goto(linkIn(confirmMail.text, '/newsletter/confirm')!);
  await expect(page.getByText(`Send the Dispatch digest to ${email}?`)).toBeVisible();
  await page.getByRole('button', { name: 'Confirm subscription' }).click();
  await expect(page.getByRole('heading', { name: 'You’re subscribed' })).toBeVisible();

  const welcome = await waitForEmail(email, { after: seen });
  expect(welcome.subject).toBe('Welcome to the Dispatch newsletter');
  expect(header(welcome, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
  expect(header(welcome, 'list-unsubscribe')).toMatch(
    /^<http:\/\/127\.0\.0\.1:\d+\/newsletter\/unsubscribe\?token=[\w.-]+>$/,
  );
  await page.goto(linkIn(welcome.text, '/newsletter/preferences')!);
  await expect(page.getByRole('heading', { name: 'Newsletter preferences' })).toBeVisible();
  const main = page.locator('main');
  await expect(main.getByRole('radio', { name: 'Daily' })).toBeChecked();
  await main.getByRole('radio', { name: 'Weekly' }).check();
  await main.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Preferences saved.')).toBeVisible();
  const db = openE2eDb();
  const key = { where: { email } };
  expect(await db.subscriber.findFirst({ ...key, select: { status: true, frequency: true } })).toEqual({
    status: 'active',
    frequency: 'weekly',
  });

  // The footer's Unsubscribe link: GET shows one button and changes nothing; the button does it.
  await page.goto(linkIn(welcome.text, '/newsletter/unsubscribe')!);
  await expect(page.getByRole('heading', { name: /Unsubscribe from the Dispatch newsletter/ })).toBeVisible();
  expect((await db.subscriber.findFirst({ ...key, select: { status: true } }))?.status).toBe('active');
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { name: 'You’re unsubscribed' })).toBeVisible();
  // The address itself is gone; only the keyed hash and the status remain.
  expect(await db.subscriber.count(key)).toBe(0);
  await db.$disconnect();
});

test('the one-click POST works with no cookies and answers 200 without a redirect, twice', async ({
  page,
  request,
}) => {
  const email = unique('oneclick');
  const seen = await inboxFiles();
  const challenge = challengeFetched(page);
  await page.goto('/newsletter');
  await page.getByLabel('Your email', { exact: true }).first().fill(email);
  await challenge;
  await page.locator('main').getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  const confirm = await waitForEmail(email, { after: seen });
  const next = await inboxFiles();
  await page.goto(linkIn(confirm.text, '/newsletter/confirm')!);
  await page.getByRole('button', { name: 'Confirm subscription' }).click();
  const welcome = await waitForEmail(email, { after: next });
  const target = /^<([^>]+)>$/.exec(header(welcome, 'list-unsubscribe') ?? '')![1]!;
  for (let i = 0; i < 2; i++) {
    const res = await request.post(target, {
      data: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(200);
  }
  const db = openE2eDb();
  expect(await db.subscriber.count({ where: { email } })).toBe(0);
  await db.$disconnect();
});

test('a bad address gets a specific message', async ({ page }) => {
  const challenge = challengeFetched(page);
  await page.goto('/newsletter');
  const main = page.locator('main');
  await main.getByLabel('Your email', { exact: true }).fill('"quoted"@example.com');
  await challenge;
  await main.getByRole('button', { name: 'Subscribe' }).click();
  await expect(
    main.getByText('Quoted addresses are not supported; use a plain address like name@example.com.'),
  ).toBeVisible();
});
