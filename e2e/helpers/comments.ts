import type { Page } from '@playwright/test';

/**
 * Opens an article and scrolls to its comments, as a reader does: the comment section (and its
 * code) loads only when it nears the viewport (components/comments/LazyComments.tsx).
 */
export async function openComments(page: Page, path: string) {
  const response = await page.goto(path);
  await scrollToComments(page);
  return response;
}

export async function scrollToComments(page: Page) {
  await page.locator('#comments').scrollIntoViewIfNeeded();
}
