import { expect, test, type Page } from '@playwright/test';
import { openE2eDb } from './helpers/e2e-db';
import { newReader } from './helpers/reader';
import { openComments, scrollToComments } from './helpers/comments';

const ARTICLE = '/articles/planetarium-dome-film-reopens';
// Demo articles age, so threads stay open; tests post quickly; screening holds are tested in moderation.spec.ts.
const E2E_SETTINGS = {
  commentWindowDays: 0,
  postsPer15Seconds: 100,
  postsPerHour: 1000,
  newCommenterHoldCount: 0,
  linkHoldMinApproved: 0,
};

test.beforeAll(async () => {
  // Demo articles age; keep threads open and let tests post quickly.
  const db = openE2eDb();
  await db.moderationSettings.upsert({ where: { id: 1 }, update: E2E_SETTINGS, create: { id: 1, ...E2E_SETTINGS } });
  await db.$disconnect();
});

function failOnScript(page: Page) {
  page.on('dialog', (d) => {
    throw new Error(`A dialog opened: ${d.message()}`);
  });
}

const comments = (page: Page) => page.getByRole('region', { name: /^Comments/ });

test('anonymous readers see comments and the sign-up call to action', async ({ page }) => {
  const threadRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/comments/')) threadRequests.push(r.url());
  });
  await page.goto(ARTICLE);
  // Hydrated (the header asked who is signed in), yet the comments wait until the reader nears them.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(comments(page)).toHaveCount(0);
  expect(threadRequests).toEqual([]);
  await scrollToComments(page);
  const section = comments(page);
  await expect(section.getByRole('link', { name: 'comment policy' })).toHaveAttribute('href', '/comment-policy');
  const cta = section.getByRole('link', { name: 'Sign up (it’s quick and free) or sign in to comment' });
  await expect(cta).toHaveAttribute('href', `/signin?callbackUrl=${encodeURIComponent(`${ARTICLE}#comments`)}`);
  await page.goto('/comment-policy');
  await expect(page.getByRole('heading', { name: /Be civil/ })).toBeVisible();
});

test('readers accept the policy, post, reply, edit, recommend and report', async ({ browser }) => {
  const ann = await newReader(browser, 'Ann');
  const bob = await newReader(browser, 'Bob');
  failOnScript(ann.page);
  failOnScript(bob.page);

  await openComments(ann.page, ARTICLE);
  await comments(ann.page).getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  const annBox = comments(ann.page).getByLabel(`Comment as ${ann.displayName}`);
  await annBox.fill('The dome film was the best part.\n\nSee https://example.com/dome for the programme.');
  await comments(ann.page).getByRole('button', { name: 'Post comment' }).click();
  const annComment = comments(ann.page).getByRole('article', { name: `Comment by ${ann.displayName}` });
  await expect(annComment).toContainText('The dome film was the best part.');
  await expect(annComment.getByRole('link', { name: 'https://example.com/dome' })).toHaveAttribute(
    'rel',
    'nofollow ugc noopener',
  );
  await expect(annComment.locator('[data-comment-body] > p')).toHaveCount(2);

  // Edit within the window.
  await annComment.getByRole('button', { name: 'Edit' }).click();
  await annComment.getByLabel('Edit your comment').fill('The dome film was the best part of the night.');
  await annComment.getByRole('button', { name: 'Save edit' }).click();
  await expect(annComment).toContainText('best part of the night');
  await expect(annComment).toContainText('edited');

  await openComments(bob.page, ARTICLE);
  await comments(bob.page).getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  const seenByBob = comments(bob.page).getByRole('article', { name: `Comment by ${ann.displayName}` });
  await seenByBob.getByRole('button', { name: 'Recommend' }).click();
  await expect(seenByBob.getByRole('button', { name: 'Recommended' })).toHaveAttribute('aria-pressed', 'true');
  await expect(seenByBob.getByText('1 recommendation', { exact: true })).toBeVisible();

  await seenByBob.getByRole('button', { name: 'Reply' }).click();
  await seenByBob.getByLabel(`Reply to ${ann.displayName}`).fill('Agreed, the soundtrack too.');
  await seenByBob.getByRole('button', { name: 'Post reply' }).click();
  const replies = comments(bob.page).getByRole('list', { name: `Replies to ${ann.displayName}` });
  await expect(replies.getByRole('article', { name: `Comment by ${bob.displayName}` })).toContainText(
    'Agreed, the soundtrack too.',
  );

  const again = comments(bob.page)
    .getByRole('article', { name: `Comment by ${ann.displayName}` })
    .first();
  await again.getByRole('button', { name: 'Report' }).click();
  await again.getByLabel('Which rule does this comment break?').selectOption('spam');
  await again.getByRole('button', { name: 'Send report' }).click();
  await expect(again.getByText('Reported', { exact: true })).toBeVisible();

  // Hostile text is shown as text and runs nothing.
  const hostile = '<script>alert(1)</script> and <img src=x onerror=alert(1)>';
  await comments(bob.page).getByLabel(`Comment as ${bob.displayName}`).fill(hostile);
  await comments(bob.page).getByRole('button', { name: 'Post comment' }).click();
  await expect(comments(bob.page).getByText(hostile)).toBeVisible();
  await ann.page.reload();
  await expect(comments(ann.page).getByText(hostile)).toBeVisible();
  expect(await ann.page.locator('#comments img[src="x"]').count()).toBe(0);
});

test('a draft survives an error and the reason is specific', async ({ browser }) => {
  const cat = await newReader(browser, 'Cat');
  await openComments(cat.page, ARTICLE);
  await comments(cat.page).getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  const box = comments(cat.page).getByLabel(`Comment as ${cat.displayName}`);
  await box.fill('Saying this once.');
  await comments(cat.page).getByRole('button', { name: 'Post comment' }).click();
  await expect(comments(cat.page).getByText('Your comment is published.')).toBeVisible();
  await box.fill('Saying this once.');
  await comments(cat.page).getByRole('button', { name: 'Post comment' }).click();
  await expect(comments(cat.page).getByText('You have already posted exactly this comment.')).toBeVisible();
  await expect(comments(cat.page).getByLabel(`Comment as ${cat.displayName}`)).toHaveValue('Saying this once.');
});

test('posting works without JavaScript', async ({ browser }) => {
  const dan = await newReader(browser, 'Dan');
  const state = await dan.page.context().storageState();
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: state });
  const page = await context.newPage();
  await page.goto(`${ARTICLE}/comments`);
  await page.getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  await page.getByLabel(`Comment as ${dan.displayName}`).fill('Posted without any scripts.');
  await page.getByRole('button', { name: 'Post comment' }).click();
  await page.goto(`${ARTICLE}/comments`);
  await expect(page.getByRole('article', { name: `Comment by ${dan.displayName}` })).toContainText(
    'Posted without any scripts.',
  );
  await context.close();
});

test('hostile comments from the corpus render as text and run nothing', async ({ browser }) => {
  const fs = await import('node:fs');
  const { entries } = JSON.parse(fs.readFileSync('tests/fixtures/hostile-input.json', 'utf8')) as { entries: string[] };
  const sample = entries.filter((e) => /<|javascript:|onerror|\{\{/i.test(e) && e.length < 200).slice(0, 15);
  const eve = await newReader(browser, 'Eve');
  const strayRequests: string[] = [];
  const errors: string[] = [];
  eve.page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) strayRequests.push(r.url());
  });
  eve.page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  failOnScript(eve.page);
  await openComments(eve.page, ARTICLE);
  await comments(eve.page).getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  for (const text of sample) {
    await comments(eve.page).getByLabel(`Comment as ${eve.displayName}`).fill(text);
    await comments(eve.page).getByRole('button', { name: 'Post comment' }).click();
    await expect(comments(eve.page).getByRole('status').first()).not.toBeEmpty();
  }
  await eve.page.goto(`${ARTICLE}/comments?sort=newest`);
  await openComments(eve.page, ARTICLE);
  await expect(
    comments(eve.page)
      .getByRole('article', { name: `Comment by ${eve.displayName}` })
      .first(),
  ).toBeVisible();
  expect(
    await eve.page.locator('#comments script, #comments iframe, #comments img, #comments svg[onload]').count(),
  ).toBe(0);
  expect(strayRequests).toEqual([]);
  expect(errors).toEqual([]);
});
