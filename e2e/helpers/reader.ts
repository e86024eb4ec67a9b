import { expect, type Browser, type Page } from '@playwright/test';
import { signInAs } from './sign-in';

let counter = 0;

/** A signed-in reader with a display name, in a browser context of their own. */
export async function newReader(
  browser: Browser,
  name: string,
): Promise<{ page: Page; email: string; displayName: string }> {
  // Each reader comes from an address of their own (documentation range), as real readers do,
  // so the per-IP sign-in limit sees many readers rather than one very busy one.
  const context = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${(counter % 250) + 1}` },
  });
  const page = await context.newPage();
  const email = `${name.toLowerCase()}-${Date.now()}-${++counter}@example.test`;
  const displayName = `${name} ${Date.now() % 100000}${counter}`;
  await signInAs(page, email, '/account');
  await page.getByLabel('Display name').fill(displayName);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  return { page, email, displayName };
}
