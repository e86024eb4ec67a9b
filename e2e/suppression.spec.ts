// The admin's suppression list (issue 16): refused to readers on the server, usable by an admin
// from the keyboard-and-mouse page: add an address, find it, remove it (with an audit row).
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { E2E_DATABASE_URL, openE2eDb } from './helpers/e2e-db';
import { newReader } from './helpers/reader';

test('readers and visitors cannot open the suppression list', async ({ browser, page }) => {
  await page.goto('/admin/suppressions');
  await expect(page).toHaveURL(/\/signin\?/);

  const reader = await newReader(browser, 'Plainreader');
  const response = await reader.page.goto('/admin/suppressions');
  expect(response?.status()).toBe(403);
  await expect(reader.page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
  await expect(reader.page.getByRole('heading', { name: 'Suppression list' })).toHaveCount(0);
});

test('an admin adds, finds and removes a suppressed address', async ({ browser }) => {
  const admin = await newReader(browser, 'Suppadmin');
  execFileSync('node_modules/.bin/tsx', ['scripts/user-role.ts', admin.email, 'admin'], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    stdio: 'pipe',
  });
  const { page } = admin;
  const address = `gone-${Date.now()}@mailbox.example`;
  await page.goto('/admin/suppressions');
  await expect(page.getByRole('heading', { name: 'Suppression list', level: 1 })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const add = page.getByRole('region', { name: 'Suppress an address' });
  await add.getByLabel('Address').fill('not-an-address');
  await add.getByLabel('Address').evaluate((input: HTMLInputElement) => (input.type = 'text'));
  await add.getByRole('button', { name: 'Suppress address' }).click();
  await expect(add.getByText('Enter an email address like name@example.com.')).toBeVisible();

  await add.getByLabel('Address').fill(address);
  await add.getByLabel('Note (optional)').fill('Asked us by phone');
  await add.getByRole('button', { name: 'Suppress address' }).click();
  await expect(add.getByText(`${address} is suppressed`)).toBeVisible();

  const list = page.getByRole('region', { name: /^Suppressed addresses/ });
  const row = list.getByRole('row').filter({ hasText: address });
  await expect(row).toContainText('Added by an admin');
  await expect(row).toContainText('Asked us by phone');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const search = page.getByRole('search', { name: 'Search the suppression list' });
  await search.getByRole('searchbox', { name: 'Search by address' }).fill(address);
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\?q=/);
  await expect(list.getByRole('row')).toHaveCount(2); // the header and the match

  await row.getByRole('button', { name: `Remove ${address} from the suppression list` }).click();
  await expect(list.getByText('No suppressed address matches that search.')).toBeVisible();

  const db = openE2eDb();
  const audit = await db.mailEvent.findMany({
    where: { source: 'admin', detail: { contains: 'Asked us by phone' } },
    orderBy: { createdAt: 'asc' },
  });
  const actor = await db.user.findUnique({ where: { email: admin.email }, select: { id: true } });
  await db.$disconnect();
  expect(audit.map((e) => [e.kind, e.actorId])).toEqual([
    ['suppression-added', actor!.id],
    ['suppression-removed', actor!.id],
  ]);
});
