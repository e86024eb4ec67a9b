import { expect, test, type Page } from '@playwright/test';
import { openE2eDb } from './helpers/e2e-db';
import { newReader } from './helpers/reader';
import { openComments } from './helpers/comments';

// Issue 13: deleting an account removes the reader's words; replies stay readable under a
// tombstone, and the confirmation page says what was removed.
const ARTICLE = '/articles/planetarium-dome-film-reopens';
const E2E_SETTINGS = {
  commentWindowDays: 0,
  postsPer15Seconds: 100,
  postsPerHour: 1000,
  newCommenterHoldCount: 0,
  linkHoldMinApproved: 0,
};

test.beforeAll(async () => {
  const db = openE2eDb();
  await db.moderationSettings.upsert({ where: { id: 1 }, update: E2E_SETTINGS, create: { id: 1, ...E2E_SETTINGS } });
  await db.$disconnect();
});

const comments = (page: Page) => page.getByRole('region', { name: /^Comments/ });

test('a deleted account leaves a tombstone, the replies, and a page saying what went', async ({ browser }) => {
  const leaver = await newReader(browser, 'Leaver');
  const stayer = await newReader(browser, 'Stayer');
  const words = `Words that should vanish ${Date.now()}`;

  await openComments(leaver.page, ARTICLE);
  await comments(leaver.page).getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  await comments(leaver.page).getByLabel(`Comment as ${leaver.displayName}`).fill(words);
  await comments(leaver.page).getByRole('button', { name: 'Post comment' }).click();
  await expect(comments(leaver.page).getByRole('article', { name: `Comment by ${leaver.displayName}` })).toContainText(
    words,
  );

  await openComments(stayer.page, ARTICLE);
  await comments(stayer.page).getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  const theirs = comments(stayer.page).getByRole('article', { name: `Comment by ${leaver.displayName}` });
  await theirs.getByRole('button', { name: 'Reply' }).click();
  await theirs.getByLabel(`Reply to ${leaver.displayName}`).fill('A reply worth keeping.');
  await theirs.getByRole('button', { name: 'Post reply' }).click();
  await expect(comments(stayer.page).getByRole('article', { name: `Comment by ${stayer.displayName}` })).toContainText(
    'A reply worth keeping.',
  );

  await leaver.page.goto('/account/delete');
  await leaver.page.getByLabel(/To confirm, type your email address/).fill(leaver.email);
  await leaver.page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(leaver.page).toHaveURL(/\/account\/deleted\?comments=1&newsletter=0$/);
  await expect(leaver.page.getByRole('heading', { name: 'Your account has been deleted' })).toBeVisible();
  await expect(leaver.page.getByText('the text of your 1 comment and their edit history')).toBeVisible();
  await expect(leaver.page.getByText('the reports and recommendations you made')).toBeVisible();

  // Signed out: the account page asks to sign in again.
  await leaver.page.goto('/account');
  await expect(leaver.page).toHaveURL(/\/signin/);

  await stayer.page.reload();
  const section = comments(stayer.page);
  await expect(section.getByText('Comment removed by its author.')).toBeVisible();
  await expect(section.getByRole('article', { name: `Comment by ${stayer.displayName}` })).toContainText(
    'A reply worth keeping.',
  );
  await expect(section.getByText(words)).toHaveCount(0);
  await expect(section.getByText(leaver.displayName)).toHaveCount(0);
});
