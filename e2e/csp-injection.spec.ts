// Issue #12: the Content-Security-Policy is a backstop for server-side injection. A <script>
// that gets into the HTML between render and send must not run, while the page's own inline
// scripts (Next.js's page data, React's runtime) still do.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { htmlContentSecurityPolicy, inlineScriptHashes } from '../lib/security/content-security-policy';
import { E2E_DATABASE_URL } from './helpers/e2e-db';
import { newReader } from './helpers/reader';
import { scrollToComments } from './helpers/comments';

const KELP = '/articles/tallow-bay-kelp-forest-recovery';
const INJECTED = 'window.__injected=1';
const INJECTED_HASH = `sha256-${crypto.createHash('sha256').update(INJECTED).digest('base64')}`;

test('a script injected into server-rendered HTML is refused; the page still hydrates', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  // Init scripts are not subject to the page's policy; this one only records refusals.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __violations?: string[] };
      (w.__violations ??= []).push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });

  // The article as the server sends it, with a script added to the body as a template bug or a
  // tampering proxy would, and the policy the server computes for exactly these bytes.
  await page.route(
    (url) => url.pathname === KELP,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const html = await response.text();
      expect(html).toMatch(/<body[^>]*>/);
      const tampered = html.replace(/<body[^>]*>/, (tag) => `${tag}<script>${INJECTED}</script>`);
      const headers = { ...response.headers() };
      delete headers['content-encoding'];
      delete headers['content-length'];
      delete headers['etag'];
      headers['content-security-policy'] = htmlContentSecurityPolicy(tampered);
      await route.fulfill({ status: response.status(), headers, body: tampered });
    },
  );

  await page.goto(KELP);
  await scrollToComments(page);
  // The page's own scripts ran: client components fetched comments and the session.
  await expect(page.getByRole('heading', { name: /^Comments \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []))
    .toEqual(['script-src-elem inline']);
  // The one refusal is the injected script (Chromium names the hash it would have needed).
  expect(refused).toHaveLength(1);
  expect(refused[0]).toContain(INJECTED_HASH);
});

// Every inline script real pages carry is one the policy recognises: if a Next.js or React
// upgrade changes their shape, this fails here (and the server logs a warning) instead of
// pages silently losing their JavaScript.
const PUBLIC_PAGES = [
  '/',
  KELP,
  `${KELP}/comments`,
  '/sections/science',
  '/topics/oceans',
  '/videos',
  '/videos/kelp-divers-urchin-cull',
  '/search?q=kelp',
  '/search?q=zzzz-no-match',
  '/signin',
  '/signin/check-email',
  '/newsletter',
  '/comment-policy',
  '/articles/no-such-story',
];
const STAFF_PAGES = [
  '/account',
  '/moderation',
  '/moderation/queue/reported',
  '/moderation/log',
  '/moderation/settings',
  '/admin/newsletter',
  '/newsletter/preferences',
];

test('every inline script on real pages is one the policy recognises', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const refused: string[] = [];
  const check = async (p: Page, path: string) => {
    p.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) refused.push(`${path}: ${m.text()}`);
    });
    const response = await p.goto(path);
    expect(response!.status(), path).toBe(path.includes('no-such') ? 404 : 200);
    const html = await response!.text();
    expect(
      inlineScriptHashes(html).refused.map((s) => s.text.slice(0, 100)),
      path,
    ).toEqual([]);
    expect(inlineScriptHashes(html).trusted.length, path).toBeGreaterThan(1);
  };
  for (const path of PUBLIC_PAGES) await check(page, path);

  const staff = await newReader(browser, 'Cspadmin');
  execFileSync('node_modules/.bin/tsx', ['scripts/user-role.ts', staff.email, 'admin'], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    stdio: 'pipe',
  });
  for (const path of STAFF_PAGES) await check(staff.page, path);
  expect(refused).toEqual([]);
});
