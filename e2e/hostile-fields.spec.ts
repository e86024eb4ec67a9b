// Hostile text typed into every kind of field a person can reach in the browser — search, sign-in
// and subscribe emails, display name, report note, a moderator's warning, an admin's word lists —
// with the page watched throughout: no dialog opens, nothing is logged as an error, no request
// leaves our origin, and no response is a 5xx. (Every corpus entry goes through the functions
// behind these fields in tests/integration/hostile-input.test.ts; this is the browser's view.)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { E2E_BASE_URL } from '../playwright.config';
import { E2E_DATABASE_URL, openE2eDb } from './helpers/e2e-db';
import { newReader } from './helpers/reader';
import { openComments } from './helpers/comments';

const { entries } = JSON.parse(fs.readFileSync('tests/fixtures/hostile-input.json', 'utf8')) as { entries: string[] };
// A spread of the corpus, one or two of a kind (the browser escapes every markup payload the same
// way; the integration test sends each entry): markup and script, URLs, SQL, bidi and zero-width
// tricks, a long one.
const pick = (re: RegExp, n: number) => entries.filter((e) => re.test(e) && e.length < 300).slice(0, n);
const SAMPLE = [
  ...pick(/<script/i, 1),
  ...pick(/onerror=/i, 1),
  ...pick(/javascript:/i, 1),
  ...pick(/'\s*(or|OR)\s|;\s*drop/i, 1),
  ...pick(/[\u202a-\u202e\u2066-\u2069]/, 1),
  ...pick(/[\u200b-\u200d\ufeff]/, 1),
  ...pick(/\{\{|\$\{/, 1),
  entries.find((e) => e.length > 1000 && e.length < 5000)!,
].filter(Boolean);

// The demo articles are older than the default comment window, and a first comment is held: open
// both for this spec (the comment must be visible to be reported), and put them back afterwards.
let saved: { commentWindowDays: number; newCommenterHoldCount: number } | undefined;
test.beforeAll(async () => {
  const db = openE2eDb();
  saved =
    (await db.moderationSettings.findUnique({
      where: { id: 1 },
      select: { commentWindowDays: true, newCommenterHoldCount: true },
    })) ?? undefined;
  const settings = { commentWindowDays: 0, newCommenterHoldCount: 0, postsPer15Seconds: 100, postsPerHour: 1000 };
  await db.moderationSettings.upsert({ where: { id: 1 }, update: settings, create: { id: 1, ...settings } });
  await db.$disconnect();
});
test.afterAll(async () => {
  if (!saved) return;
  const db = openE2eDb();
  await db.moderationSettings.update({ where: { id: 1 }, data: saved });
  await db.$disconnect();
});

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    // A refused request (4xx) is the app answering; anything else logged as an error is not.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text().slice(0, 200)}`);
  });
  page.on('request', (r) => {
    if (/^https?:/.test(r.url()) && !r.url().startsWith(E2E_BASE_URL)) problems.push(`request: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 500) problems.push(`${r.status()}: ${r.url()}`);
  });
  return problems;
}

test('anonymous fields: search, sign-in email, subscribe email', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = watch(page);
  for (const text of SAMPLE) {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search stories' }).fill(text);
    await page.getByRole('searchbox', { name: 'Search stories' }).press('Enter');
    await expect(page).toHaveURL(/\/search\?/);
    await expect(page.getByRole('main')).toBeVisible();

    await page.goto('/signin');
    await page.getByLabel('Email address').fill(text);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect(page.getByRole('main')).toContainText(/email/i);

    await page.goto('/newsletter');
    await page.getByRole('main').getByLabel('Your email', { exact: true }).fill(text);
    await page.getByRole('main').getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('main')).toContainText(/email/i);
  }
  expect(await page.locator('main script:not([type="application/ld+json"]), main iframe').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('signed-in fields: display name and report note; moderator warning; admin word lists', async ({ browser }) => {
  test.setTimeout(240_000);
  const author = await newReader(browser, 'Target');
  const reader = await newReader(browser, 'Mallory');
  const problems = [...watch(author.page), ...watch(reader.page)];

  // Display name: saved and shown back as text, or refused with a sentence.
  for (const text of SAMPLE) {
    await reader.page.goto('/account');
    await reader.page.getByLabel('Display name').fill(text);
    await reader.page.getByRole('button', { name: 'Save' }).click();
    await expect(reader.page.getByRole('main')).toBeVisible();
  }

  // Report note: the author posts, the reader reports it with hostile notes.
  const article = '/articles/tallow-bay-kelp-forest-recovery';
  await openComments(author.page, article);
  const section = author.page.getByRole('region', { name: /^Comments/ });
  await section.getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  await section.getByLabel(`Comment as ${author.displayName}`).fill('A plain comment to be reported.');
  await section.getByRole('button', { name: 'Post comment' }).click();
  await expect(section.getByRole('status').first()).not.toBeEmpty();
  await reader.page.goto('/account');
  await reader.page.getByLabel('Display name').fill(`Mallory ${Date.now() % 100000}`);
  await reader.page.getByRole('button', { name: 'Save' }).click();
  await expect(reader.page.getByText('Saved.')).toBeVisible();
  await openComments(reader.page, article);
  // Reporting, like posting, comes after accepting the comment policy.
  await reader.page
    .getByRole('region', { name: /^Comments/ })
    .getByRole('button', { name: 'I have read and accept the comment policy' })
    .click();
  const reported = reader.page
    .getByRole('region', { name: /^Comments/ })
    .getByRole('article', { name: `Comment by ${author.displayName}` })
    .first();
  await reported.getByRole('button', { name: 'Report' }).click();
  await reported.getByLabel('Which rule does this comment break?').selectOption('spam');
  await reported.getByLabel('Anything moderators should know? (optional)').fill(SAMPLE[0]!);
  await reported.getByRole('button', { name: 'Send report' }).click();
  // Exact: the comment's own words contain "reported".
  await expect(reported.getByText('Reported', { exact: true })).toBeVisible();

  // A moderator warns the author with hostile reasons; an admin saves hostile word lists.
  const db = openE2eDb();
  const target = await db.user.findUniqueOrThrow({ where: { email: author.email } });
  const before = await db.moderationSettings.findUnique({ where: { id: 1 } });
  execFileSync('node_modules/.bin/tsx', ['scripts/user-role.ts', reader.email, 'admin'], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    stdio: 'pipe',
  });
  try {
    for (const text of SAMPLE.slice(0, 6)) {
      await reader.page.goto(`/moderation/users/${target.id}`);
      await reader.page.getByLabel('Reason (the reader sees it)').fill(text);
      await reader.page.getByRole('button', { name: 'Warn' }).click();
      await expect(reader.page.getByRole('status').first()).not.toBeEmpty();
    }
    for (const text of SAMPLE.slice(0, 4)) {
      await reader.page.goto('/moderation/settings');
      await reader.page.getByLabel(/^Banned words and phrases/).fill(text);
      await reader.page.getByRole('button', { name: 'Save settings' }).click();
      await expect(reader.page.getByRole('status').first()).not.toBeEmpty();
    }
    // What was saved is shown back as text in the form, and the report note in the queue, not as markup.
    await reader.page.goto('/moderation/settings');
    expect(await reader.page.locator('main script, main iframe, main img[onerror]').count()).toBe(0);
    await reader.page.goto('/moderation/queue/reported');
    await expect(reader.page.getByRole('main')).toBeVisible();
    expect(await reader.page.locator('main script, main iframe, main img[onerror], main svg[onload]').count()).toBe(0);
  } finally {
    // Later specs post comments: give them the word lists they expect.
    if (before)
      await db.moderationSettings.update({
        where: { id: 1 },
        data: { bannedWords: before.bannedWords, suspectWords: before.suspectWords },
      });
    await db.$disconnect();
  }
  // The author sees the warnings as text at their next visit.
  await openComments(author.page, article);
  expect(await author.page.locator('main iframe, main img[onerror], main svg[onload]').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('odd email addresses and an oversized comment get the form’s own message', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  for (const [address, message] of [
    ['josé@example.test', /Latin letters/],
    ['"quoted"@example.test', /Quoted addresses/],
    ['reader@[192.0.2.1]', /domain name/],
  ] as const) {
    await page.goto('/signin');
    await page.getByLabel('Email address').fill(address);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect(page.getByRole('main')).toContainText(message);
    await expect(page).toHaveURL(/\/signin$/);
  }
  expect(problems).toEqual([]);

  // A million characters, as a script that ignores the textarea's maxlength would send.
  const reader = await newReader(browser, 'Verbose');
  const readerProblems = watch(reader.page);
  await openComments(reader.page, '/articles/tallow-bay-kelp-forest-recovery');
  const section = reader.page.getByRole('region', { name: /^Comments/ });
  await section.getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  const box = section.getByLabel(`Comment as ${reader.displayName}`);
  await box.evaluate((el: HTMLTextAreaElement) => {
    el.removeAttribute('maxlength');
    el.value = 'a'.repeat(1_000_000);
  });
  await section.getByRole('button', { name: 'Post comment' }).click();
  await expect(section.getByRole('status').first()).toContainText(/at most [\d,]+ characters/);
  expect(readerProblems).toEqual([]);
});
