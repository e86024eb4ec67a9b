// Comment counts where readers see stories, the comment box's counter and preview, and the admin
// newsletter page's numbers and chart — in Chromium against the production build on 127.0.0.1.
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_DATABASE_URL, openE2eDb } from './helpers/e2e-db';
import { scrollToComments } from './helpers/comments';
import { newReader } from './helpers/reader';

// Stories no other spec opens, so their cached pages are first rendered after the seeding below.
const COUNTED = 'tidal-symphony-premiere';
const DRAFTING = '/articles/skarn-glacier-meltwater-fjord';
const E2E_SETTINGS = {
  commentWindowDays: 0,
  postsPer15Seconds: 100,
  postsPerHour: 1000,
  newCommenterHoldCount: 0,
  linkHoldMinApproved: 0,
};
// Chromium headless says "HeadlessChrome", which isbot rightly treats as a robot.
const READER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

test.beforeAll(async () => {
  const db = openE2eDb();
  await db.moderationSettings.upsert({ where: { id: 1 }, update: E2E_SETTINGS, create: { id: 1, ...E2E_SETTINGS } });
  const article = await db.article.findUniqueOrThrow({ where: { slug: COUNTED } });
  const author = await db.user.create({
    data: {
      email: `counted-${Date.now()}@example.test`,
      displayName: `Counter ${Date.now() % 1e5}`,
      policyVersion: '1.0',
    },
  });
  const comment = (status: string, isDeleted = false) => ({
    articleId: article.id,
    authorId: author.id,
    body: `A ${status} comment about the tide`,
    status,
    isDeleted,
  });
  await db.comment.createMany({
    data: [
      comment('approved'),
      comment('approved'),
      comment('approved'),
      comment('approved', true),
      comment('pending'),
      comment('rejected'),
    ],
  });
  await db.$disconnect();
});

test('comment counts show on story cards and in the article header, linking to the thread', async ({ page }) => {
  await page.goto(`/articles/${COUNTED}`);
  const header = page.getByRole('link', { name: '3 comments', exact: true });
  await expect(header).toHaveAttribute('href', `/articles/${COUNTED}#comments`);
  await header.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${COUNTED}#comments$`));
  await expect(page.getByRole('region', { name: /^Comments/ })).toBeInViewport();

  for (const path of ['/search?q=symphony', '/topics/music']) {
    await page.goto(path);
    const card = page.getByRole('article').filter({ hasText: 'A symphony played by the tide' });
    await expect(card.getByRole('link', { name: '3 comments', exact: true }), path).toHaveAttribute(
      'href',
      `/articles/${COUNTED}#comments`,
    );
  }
});

async function focusByTab(page: Page, target: ReturnType<Page['getByRole']>) {
  for (let i = 0; i < 6 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test('the comment box counts characters left and previews the comment, from the keyboard', async ({ browser }) => {
  const reader = await newReader(browser, 'Drafter');
  const { page } = reader;
  await page.goto(DRAFTING);
  await scrollToComments(page);
  const section = page.getByRole('region', { name: /^Comments/ });
  await section.getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  const box = section.getByLabel(`Comment as ${reader.displayName}`);
  await expect(section.getByText('5,000 of 5,000 characters left')).toBeVisible();

  await box.focus();
  await page.keyboard.type('The fjord is changing.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Data at https://example.org/skarn here.');
  const typed = 'The fjord is changing.\n\nData at https://example.org/skarn here.';
  await expect(
    section.getByText(`${(5000 - typed.length).toLocaleString('en')} of 5,000 characters left`),
  ).toBeVisible();
  await expect(box).toHaveAttribute('aria-describedby', /-count/);

  const toggle = section.getByRole('button', { name: 'Preview' });
  await focusByTab(page, toggle);
  await page.keyboard.press('Enter');
  await expect(section.getByRole('button', { name: 'Hide preview' })).toHaveAttribute('aria-expanded', 'true');
  const preview = section.getByRole('region', { name: 'Preview of your comment' });
  await expect(preview.locator('[data-comment-body] > p')).toHaveCount(2);
  await expect(preview.getByRole('link', { name: 'https://example.org/skarn' })).toHaveAttribute(
    'href',
    'https://example.org/skarn',
  );

  // Near the limit the count turns into a polite announcement; not before.
  const live = section.locator('[aria-live="polite"].sr-only');
  await expect(live).toHaveText('');
  await box.fill('x'.repeat(4_950));
  await expect(section.getByText('50 of 5,000 characters left')).toBeVisible();
  await expect(live).toHaveText('50 characters left or fewer.');
  await expect(preview).toContainText('xxxx');

  await section.getByRole('button', { name: 'Hide preview' }).press('Space');
  await expect(preview).toBeHidden();
});

test('the admin newsletter page shows each digest’s numbers and chart, and is accessible', async ({ browser }) => {
  const db = openE2eDb();
  const stories = await db.article.findMany({
    take: 3,
    orderBy: { publishedAt: 'desc' },
    select: { id: true, slug: true, title: true },
  });
  const slot = `e2e-${Date.now()}`;
  const digest = await db.digest.create({
    data: {
      frequency: 'daily',
      slot,
      periodStart: new Date(Date.now() - 86_400_000),
      periodEnd: new Date(),
      subject: 'E2E digest',
      articleIds: JSON.stringify(stories.map((s) => s.id)),
      status: 'sent',
      recipients: 3,
      unsubscribes: 1,
      finishedAt: new Date(),
    },
  });
  const statuses = [
    // Accepted, then reported back as a bounce (docs/0016).
    { status: 'sent', attempts: 1, bouncedAt: new Date() },
    { status: 'queued', attempts: 1 },
    { status: 'failed', attempts: 1 },
  ];
  for (const [i, s] of statuses.entries()) {
    const sub = await db.subscriber.create({
      data: { emailKey: `${slot}-${i}`, email: `${slot}-${i}@example.test`, status: 'active' },
    });
    await db.digestDelivery.create({ data: { digestId: digest.id, subscriberId: sub.id, ...s } });
  }
  await db.$disconnect();

  // A reader follows the second story's link from the email and lands on the story.
  const context = await browser.newContext({ userAgent: READER_AGENT });
  const readerPage = await context.newPage();
  await readerPage.goto(`/newsletter/r/${digest.id}/${stories[1]!.id}`);
  await expect(readerPage).toHaveURL(new RegExp(`/articles/${stories[1]!.slug}$`));
  await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(stories[1]!.title);
  await context.close();

  const admin = await newReader(browser, 'Newsadmin');
  execFileSync('node_modules/.bin/tsx', ['scripts/user-role.ts', admin.email, 'admin'], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    stdio: 'pipe',
  });
  const { page } = admin;
  await page.goto('/admin/newsletter');
  const chart = page.getByRole('img', { name: /Emails per digest over the last/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/delivered \(\d+\)/);
  const row = page.getByRole('row', { name: new RegExp(`daily ${slot}`) });
  // Recipients, delivered, deferred, waiting, failed, unknown, bounced, complaints, unsubscribed, clicks.
  await expect(row.getByRole('cell')).toHaveText([/./, '3', '1', '1', '0', '1', '0', '1', '0', '1', '1', 'sent']);

  const details = page.locator('details').filter({ hasText: `daily ${slot}: 1 click on 3 stories` });
  await details.locator('summary').click();
  await expect(details.getByRole('row', { name: stories[1]!.title })).toContainText('1');
  await expect(details.getByRole('row', { name: stories[0]!.title })).toContainText('0');

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
});
