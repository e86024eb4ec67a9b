import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, test, type Browser } from '@playwright/test';
import { E2E_DATABASE_URL, openE2eDb } from './helpers/e2e-db';
import { newReader } from './helpers/reader';
import { openComments } from './helpers/comments';
import { inboxFiles, waitForEmail } from './helpers/smtp-inbox';

const ARTICLE = '/articles/tallow-bay-velodrome-reopens';

test.beforeAll(async () => {
  // First comments are held (the default), threads stay open as the demo articles age.
  const db = openE2eDb();
  const settings = {
    commentWindowDays: 0,
    postsPer15Seconds: 100,
    postsPerHour: 1000,
    newCommenterHoldCount: 1,
    linkHoldMinApproved: 3,
    mode: 'post',
  };
  await db.moderationSettings.upsert({ where: { id: 1 }, update: settings, create: { id: 1, ...settings } });
  await db.$disconnect();
});

async function newModerator(browser: Browser) {
  const mod = await newReader(browser, 'Moder');
  execFileSync('node_modules/.bin/tsx', ['scripts/user-role.ts', mod.email, 'moderator'], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    stdio: 'pipe',
  });
  return mod;
}

async function postHeldComment(browser: Browser, text: string) {
  const reader = await newReader(browser, 'Newcomer');
  await openComments(reader.page, ARTICLE);
  const section = reader.page.getByRole('region', { name: /^Comments/ });
  await section.getByRole('button', { name: 'I have read and accept the comment policy' }).click();
  await section.getByLabel(`Comment as ${reader.displayName}`).fill(text);
  await section.getByRole('button', { name: 'Post comment' }).click();
  await expect(section.getByText(/awaiting moderation/).first()).toBeVisible();
  return reader;
}

test('a held comment is approved from the keyboard and then shows to everyone', async ({ browser, page }) => {
  const text = `Held until a moderator looks ${Date.now()}`;
  await postHeldComment(browser, text);
  await openComments(page, ARTICLE);
  await expect(page.getByRole('region', { name: /^Comments/ })).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);

  const mod = await newModerator(browser);
  await mod.page.goto('/moderation/queue/pending?order=newest');
  const item = mod.page.getByRole('article').filter({ hasText: text });
  await expect(item).toBeVisible();
  await expect(item).toContainText('Held by new-commenter');
  await item.click({ position: { x: 5, y: 5 } });
  await mod.page.keyboard.press('?');
  await expect(mod.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await mod.page.keyboard.press('Escape');
  await mod.page.keyboard.press('a');
  await expect(mod.page.getByRole('article').filter({ hasText: text })).toHaveCount(0);

  await page.reload();
  await expect(page.getByText(text)).toBeVisible();
  await mod.page.goto('/moderation/log?action=approve');
  await expect(mod.page.getByRole('cell', { name: 'approve' }).first()).toBeVisible();
});

test('a rejected comment cites a rule: the author gets an email and a note on their account', async ({ browser }) => {
  const text = `This one breaks a rule ${Date.now()}`;
  const author = await postHeldComment(browser, text);
  const seen = await inboxFiles();
  const mod = await newModerator(browser);
  await mod.page.goto('/moderation/queue/pending');
  const item = mod.page.getByRole('article').filter({ hasText: text });
  await item.getByText('Reject…').click();
  await item.getByLabel('Rule broken').selectOption('civility');
  await item.getByLabel('Note to the author (optional)').fill('Please argue with the point, not the person.');
  await item.getByRole('button', { name: 'Reject comment' }).click();
  await expect(mod.page.getByRole('article').filter({ hasText: text })).toHaveCount(0);

  const mail = await waitForEmail(author.email, { after: seen });
  expect(mail.subject).toBe('A comment of yours was removed');
  expect(mail.text).toContain('“Be civil”');
  expect(mail.text).toContain('Please argue with the point, not the person.');

  await author.page.goto('/account');
  await expect(author.page.getByText(/Removed by a moderator under the rule/)).toContainText('Be civil');
});

test('a warning is shown to the reader at their next visit', async ({ browser }) => {
  const reader = await newReader(browser, 'Warned');
  const mod = await newModerator(browser);
  const db = openE2eDb();
  const user = await db.user.findUniqueOrThrow({ where: { email: reader.email } });
  await db.$disconnect();
  await mod.page.goto(`/moderation/users/${user.id}`);
  await mod.page.getByLabel('Reason (the reader sees it)').fill('Please keep it civil in the cycling threads.');
  await mod.page.getByRole('button', { name: 'Warn' }).click();
  await expect(mod.page.getByText('Warning recorded')).toBeVisible();
  await reader.page.goto('/account');
  await expect(reader.page.getByRole('alert').filter({ hasText: 'A message from our moderators' })).toContainText(
    'Please keep it civil in the cycling threads.',
  );
  await reader.page.getByRole('button', { name: 'I understand' }).click();
  await reader.page.reload();
  await expect(reader.page.getByText('Please keep it civil in the cycling threads.')).toHaveCount(0);
});

// Every page under /moderation, found on disk, refuses anonymous readers and plain readers.
function moderationRoutes(): string[] {
  const root = path.resolve('app/moderation');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === 'page.tsx') found.push(path.relative(path.resolve('app'), dir));
    }
  };
  walk(root);
  return found.map((r) => `/${r.replace(/\[queue\]/, 'pending').replace(/\[id\]/, 'cxxxxxxxxxxxxxxxxxxxxxxxx')}`);
}

test('every moderation page refuses anonymous readers and plain readers', async ({ browser, request }) => {
  const routes = moderationRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(5);
  for (const route of routes) {
    const res = await request.get(route, { maxRedirects: 0 });
    expect([route, res.status(), res.headers()['location'] ?? '']).toEqual([
      route,
      307,
      expect.stringContaining('/signin?callbackUrl='),
    ]);
  }
  const reader = await newReader(browser, 'Plain');
  for (const route of routes) {
    const res = await reader.page.goto(route);
    expect([route, res!.status()]).toEqual([route, 403]);
  }
});
