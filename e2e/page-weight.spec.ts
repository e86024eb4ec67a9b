// What the page-weight work (docs/0019) promises a reader's browser: no console errors (the
// /favicon.ico 404 was one), the lead picture fetched first and every other one lazily.
import { expect, test, type Page } from '@playwright/test';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('/favicon.ico is an icon', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});

test('the front page logs no error and fetches its top story picture first', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  // Hydrated: the header asked who is signed in.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  const pictures = page.locator('main img');
  await expect(pictures.first()).toHaveAttribute('fetchpriority', 'high');
  await expect(pictures.first()).toHaveAttribute('loading', 'eager');
  const rest = await pictures.evaluateAll((imgs) => imgs.slice(1).map((i) => i.getAttribute('loading')));
  expect(rest.length).toBeGreaterThan(3);
  expect(new Set(rest)).toEqual(new Set(['lazy']));
  // Down to the footer, so the lazy pictures load too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test('an article fetches its hero picture first and the rest lazily', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/articles/tallow-bay-kelp-forest-recovery');
  const hero = page.locator('main article figure img').first();
  await expect(hero).toHaveAttribute('fetchpriority', 'high');
  await expect(hero).toHaveAttribute('loading', 'eager');
  const rest = await page
    .locator('main img')
    .evaluateAll((imgs) =>
      imgs.filter((i) => i.getAttribute('fetchpriority') !== 'high').map((i) => i.getAttribute('loading')),
    );
  expect(new Set(rest)).toEqual(new Set(['lazy']));
  await expect(page.locator('main img[fetchpriority="high"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});
