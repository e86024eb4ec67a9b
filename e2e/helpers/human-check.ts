import type { Page, Response } from '@playwright/test';

/**
 * Resolves when the page fetches its proof-of-work challenge (docs/0017): the form is hydrated
 * and solving, so a press of its button now waits for the answer. Start it before `goto`; a press
 * before hydration would be sent as a form without JavaScript and get the no-script step.
 */
export function challengeFetched(page: Page): Promise<Response> {
  return page.waitForResponse((r) => new URL(r.url()).pathname === '/api/challenge');
}
