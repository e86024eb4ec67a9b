import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { scrollToComments } from './helpers/comments';
import { openE2eDb } from './helpers/e2e-db';

// Threads that scale (docs/0015-comment-threads.md): permalinks to a comment three pages down,
// with and without JavaScript; new comments announced without moving the page; collapse by
// keyboard; two levels of replies and the Picks tab, checked with axe.
const SLUG = 'coastal-nations-fisheries-accord';
const ARTICLE = `/articles/${SLUG}`;
const THREADS = 45; // 20 a page: the oldest is on the third page
const seeded: { oldest: string; thread: string; reply: string; deeper: string; deepest: string } = {
  oldest: '',
  thread: '',
  reply: '',
  deeper: '',
  deepest: '',
};

test.beforeAll(async () => {
  const db = openE2eDb();
  const settings = { commentWindowDays: 0 };
  await db.moderationSettings.upsert({ where: { id: 1 }, update: settings, create: { id: 1, ...settings } });
  const article = await db.article.findUniqueOrThrow({ where: { slug: SLUG } });
  await db.comment.deleteMany({ where: { articleId: article.id } });
  const author = await db.user.upsert({
    where: { email: 'thread-writer@example.test' },
    update: {},
    create: {
      email: 'thread-writer@example.test',
      displayName: 'Marisol',
      displayNameKey: 'marisol',
      policyVersion: '1.0',
    },
  });
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
  const make = async (
    minutesAgo: number,
    body: string,
    extra: { parentId?: string; replyToId?: string; isFeatured?: boolean } = {},
  ) =>
    (
      await db.comment.create({
        data: {
          articleId: article.id,
          authorId: author.id,
          body,
          status: 'approved',
          createdAt: at(minutesAgo),
          ...extra,
        },
      })
    ).id;
  for (let i = THREADS; i >= 1; i--) {
    const id = await make(100 + i * 10, `Harbour opinion number ${i}, on quotas and nets.`);
    if (i === THREADS) seeded.oldest = id;
  }
  seeded.thread = await make(50, 'The accord leaves small boats out of the quota talks.');
  seeded.reply = await make(40, 'Small boats were consulted in the spring rounds.', {
    parentId: seeded.thread,
    replyToId: seeded.thread,
    isFeatured: true,
  });
  seeded.deeper = await make(30, 'Consulted is not the same as heard.', {
    parentId: seeded.thread,
    replyToId: seeded.reply,
  });
  seeded.deepest = await make(20, 'Heard by whom, though?', { parentId: seeded.thread, replyToId: seeded.deeper });
  await db.$disconnect();
});

const comments = (page: Page) => page.getByRole('region', { name: /^Comments/ });
const linked = 'This is the comment you followed a link to.';

test('a permalink with JavaScript opens the page holding a comment three pages down, highlighted', async ({ page }) => {
  await page.goto(`${ARTICLE}#comment-${seeded.oldest}`);
  const target = page.locator(`#comment-${seeded.oldest}`);
  await expect(target).toContainText(`Harbour opinion number ${THREADS}`);
  await expect(target).toContainText(linked);
  await expect(target).toBeInViewport();
  // The first page's newest thread is not what the reader sees first.
  await expect(comments(page).getByRole('link', { name: /Start from the first comments/ })).toBeVisible();
});

test('the same permalink without JavaScript, by ?comment=, is rendered by the server', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ARTICLE}?comment=${seeded.oldest}#comment-${seeded.oldest}`);
  const target = page.locator(`#comment-${seeded.oldest}`);
  await expect(target).toContainText(`Harbour opinion number ${THREADS}`);
  await expect(target).toContainText(linked);
  await expect(page.locator(':target')).toHaveAttribute('id', `comment-${seeded.oldest}`);
  await expect(target).toBeInViewport();
  // Each comment's Link is that same form.
  await expect(target.getByRole('link', { name: /^Link/ })).toHaveAttribute(
    'href',
    `${ARTICLE}?comment=${seeded.oldest}#comment-${seeded.oldest}`,
  );
  // An unknown comment: the comments open as usual, from the first.
  await page.goto(`${ARTICLE}?comment=nosuchcomment#comment-nosuchcomment`);
  await expect(page.getByText('Harbour opinion number 1,')).toBeVisible();
  await context.close();
});

test('a new approved comment is announced to an open page without moving it, shown on request', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await scrollToComments(page);
  const reading = page.getByText('Harbour opinion number 12,');
  await reading.scrollIntoViewIfNeeded();
  await expect(reading).toBeInViewport();
  const scrolled = await page.evaluate(() => window.scrollY);
  const db = openE2eDb();
  const article = await db.article.findUniqueOrThrow({ where: { slug: SLUG } });
  const other = await db.user.upsert({
    where: { email: 'live-writer@example.test' },
    update: {},
    create: {
      email: 'live-writer@example.test',
      displayName: 'Ottilie',
      displayNameKey: 'ottilie',
      policyVersion: '1.0',
    },
  });
  await db.comment.create({
    data: {
      articleId: article.id,
      authorId: other.id,
      body: 'Fresh from the quayside meeting.',
      status: 'approved',
      approvedAt: new Date(),
    },
  });
  await db.$disconnect();
  const notice = page.getByRole('status').filter({ hasText: 'new comment' });
  await expect(notice).toHaveText(/1 new comment(?!s)/, { timeout: 30_000 });
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(page.getByText('Fresh from the quayside meeting.')).toHaveCount(0);
  await notice.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByText('Fresh from the quayside meeting.')).toBeVisible();
  await context.close();
});

test('threads collapse and expand by keyboard', async ({ page }) => {
  await page.goto(`${ARTICLE}#comment-${seeded.thread}`);
  const toggle = comments(page).getByRole('button', { name: /3 replies to Marisol$/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText('Consulted is not the same as heard.')).toBeHidden();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText('Consulted is not the same as heard.')).toBeVisible();
});

test('two levels of replies and the Picks tab pass axe', async ({ page }) => {
  await page.goto(`${ARTICLE}#comment-${seeded.deepest}`);
  const deepest = page.locator(`#comment-${seeded.deepest}`);
  await expect(deepest).toContainText(linked);
  // Indentation stops at the second level: the deepest reply names and links the comment it answers.
  await expect(deepest.getByRole('link', { name: 'in reply to Marisol' })).toHaveAttribute(
    'href',
    `#comment-${seeded.deeper}`,
  );
  await expect(page.locator(`#comment-${seeded.reply} ~ ol #comment-${seeded.deeper}`)).toBeVisible();
  expect((await new AxeBuilder({ page }).include('#comments').analyze()).violations).toEqual([]);

  const all = comments(page).getByRole('tab', { name: 'All comments' });
  await all.focus();
  await page.keyboard.press('ArrowRight');
  const picks = comments(page).getByRole('tab', { name: 'Picks' });
  await expect(picks).toBeFocused();
  await expect(picks).toHaveAttribute('aria-selected', 'true');
  const panel = comments(page).getByRole('tabpanel', { name: 'Picks' });
  await expect(panel.getByText('Small boats were consulted in the spring rounds.')).toBeVisible();
  await expect(panel.getByText('Harbour opinion number 1,')).toHaveCount(0);
  expect((await new AxeBuilder({ page }).include('#comments').analyze()).violations).toEqual([]);
});
