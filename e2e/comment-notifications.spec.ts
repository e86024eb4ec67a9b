// Reply emails end to end: a reader comments, another replies, the first finds the email at the
// real SMTP server, follows its link to the reply, and turns reply emails off with one click.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openE2eDb } from './helpers/e2e-db';
import { scrollToComments } from './helpers/comments';
import { newReader } from './helpers/reader';
import { inboxFiles, waitForEmail } from './helpers/smtp-inbox';

const ARTICLE = '/articles/harbour-film-festival-opens';
const E2E_SETTINGS = {
  commentWindowDays: 0,
  postsPer15Seconds: 100,
  postsPerHour: 1000,
  newCommenterHoldCount: 0,
  linkHoldMinApproved: 0,
  mode: 'post',
};

test.beforeAll(async () => {
  const db = openE2eDb();
  await db.moderationSettings.upsert({ where: { id: 1 }, update: E2E_SETTINGS, create: { id: 1, ...E2E_SETTINGS } });
  await db.$disconnect();
});

const comments = (page: Page) => page.getByRole('region', { name: /^Comments/ });

async function openComments(page: Page) {
  await page.goto(ARTICLE);
  await scrollToComments(page);
  const section = comments(page);
  const accept = section.getByRole('button', { name: 'I have read and accept the comment policy' });
  const form = section.getByRole('button', { name: 'Post comment' });
  await expect(accept.or(form)).toBeVisible();
  if (await accept.isVisible()) await accept.click();
  await expect(form).toBeVisible();
  return section;
}

test('a reply is emailed to the author, whose link opens the reply; one click turns replies off', async ({
  browser,
  playwright,
}) => {
  const a = await newReader(browser, 'Author');
  const b = await newReader(browser, 'Replier');
  const original = `Will the festival keep its outdoor screen? ${Date.now()}`;
  const reply = `Yes, and a second one by the harbour wall ${Date.now()}`;

  const sectionA = await openComments(a.page);
  await expect(sectionA.getByLabel('Email me replies')).toHaveValue('immediate');
  await sectionA.getByLabel(`Comment as ${a.displayName}`).fill(original);
  await sectionA.getByRole('button', { name: 'Post comment' }).click();
  await expect(sectionA.getByText('Your comment is published.')).toBeVisible();

  const seen = await inboxFiles();
  const sectionB = await openComments(b.page);
  const theirs = sectionB.getByRole('article', { name: `Comment by ${a.displayName}` });
  await theirs.getByRole('button', { name: 'Reply' }).click();
  await theirs.getByLabel(`Reply to ${a.displayName}`).fill(reply);
  await theirs.getByRole('button', { name: 'Post reply' }).click();
  await expect(sectionB.getByText(reply)).toBeVisible();

  const email = await waitForEmail(a.email, { after: seen });
  expect(email.subject).toContain(`${b.displayName} replied to your comment`);
  const text = (email.text ?? '').replace(/\s+/g, ' '); // the text part is wrapped at 78 columns
  expect(text).toContain(reply);
  expect(text).toContain(original);
  const link = /http:\/\/127\.0\.0\.1:\d+\/articles\/harbour-film-festival-opens\?comment=(\w+)#comment-\1/.exec(
    email.text ?? '',
  );
  expect(link, 'the email links straight to the reply').not.toBeNull();
  const header = (name: string) => email.headerLines.find((h) => h.key === name)?.line ?? '';
  expect(header('list-unsubscribe-post')).toContain('List-Unsubscribe=One-Click');
  expect(header('list-id')).toContain('Dispatch comment replies');
  const unsubscribe = /<(http[^>]+)>/.exec(header('list-unsubscribe'))![1]!;
  expect(unsubscribe).toContain('/notifications/unsubscribe/replies?token=');

  await a.page.goto(link![0]);
  await expect(a.page).toHaveURL(new RegExp(`#comment-${link![1]}$`));
  const replyElement = a.page.locator(`#comment-${link![1]}`);
  await expect(replyElement).toBeVisible();
  await expect(replyElement).toContainText(reply);
  await expect(replyElement).toContainText(b.displayName);

  // What a mail provider does for the one-click button: a bare POST, no cookie, no CSRF token.
  const provider = await playwright.request.newContext();
  const answer = await provider.post(unsubscribe, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: 'List-Unsubscribe=One-Click',
  });
  expect(answer.status()).toBe(200);
  expect((await provider.post(unsubscribe, { form: { 'List-Unsubscribe': 'One-Click' } })).status()).toBe(200);
  await provider.dispose();
  await a.page.goto('/account');
  await expect(a.page.getByLabel('Email me replies to my comments')).toHaveValue('off');
});

test('the comment-email controls are labelled, work from the keyboard and pass axe', async ({ browser }) => {
  const reader = await newReader(browser, 'Keyboard');
  const { page } = reader;
  await page.goto('/account');
  const replies = page.getByLabel('Email me replies to my comments');
  const approvals = page.getByLabel('Email me when a moderator approves a comment of mine that was held');
  await expect(replies).toHaveValue('immediate');
  await expect(approvals).toBeChecked();
  await replies.focus();
  await page.keyboard.type('Daily');
  await expect(replies).toHaveValue('daily');
  await page.keyboard.press('Tab');
  await expect(approvals).toBeFocused();
  await page.keyboard.press('Space');
  await expect(approvals).not.toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Update email choices' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Email choices updated.')).toBeVisible();
  const accountScan = await new AxeBuilder({ page })
    .include('section[aria-labelledby="comment-emails-heading"]')
    .analyze();
  expect(accountScan.violations).toEqual([]);
  await page.reload();
  await expect(replies).toHaveValue('daily');
  await expect(approvals).not.toBeChecked();

  // Beside "Post comment": the same choice, reachable by Tab from the comment box.
  const section = await openComments(page);
  const control = section.getByLabel('Email me replies');
  await expect(control).toHaveValue('daily');
  await section.getByLabel(`Comment as ${reader.displayName}`).focus();
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Post comment' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Preview' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(control).toBeFocused();
  await page.keyboard.type('Off');
  await expect(control).toHaveValue('off');
  const commentScan = await new AxeBuilder({ page }).include('#comments').analyze();
  expect(commentScan.violations).toEqual([]);
});
