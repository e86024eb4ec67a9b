import { expect, type Page } from '@playwright/test';
import { challengeFetched } from './human-check';
import { inboxFiles, signInLinkFrom, waitForEmail } from './smtp-inbox';

/** Requests a magic link for `email` through the form and returns the link from the email. */
export async function requestSignInLink(page: Page, email: string, callbackUrl = '/account'): Promise<string> {
  const seen = await inboxFiles();
  const challenge = challengeFetched(page);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel('Email address').fill(email);
  await challenge;
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  return signInLinkFrom(await waitForEmail(email, { after: seen }));
}

export async function signInAs(page: Page, email: string, callbackUrl = '/account'): Promise<void> {
  const link = await requestSignInLink(page, email, callbackUrl);
  await page.goto(link);
  await page.getByRole('button', { name: 'Complete sign-in' }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?]/g, '\\$&')}$`));
}
