import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { scrollToComments } from './helpers/comments';

const KELP = '/articles/tallow-bay-kelp-forest-recovery';

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`)).toEqual([]);
}

test('front page leads to an article with captioned, credited figures and working related stories', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Latest stories' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Latest videos' })).toBeVisible();

  await page.goto('/sections/science');
  await page.getByRole('link', { name: 'Kelp forests return to Tallow Bay after a decade of urchin barrens' }).click();
  await expect(page).toHaveURL(new RegExp(`${KELP}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kelp forests return to Tallow Bay after a decade of urchin barrens',
  );

  const figures = page.locator('article figure');
  expect(await figures.count()).toBeGreaterThanOrEqual(2); // hero + inline
  const hero = figures.first();
  await expect(hero.locator('img')).toHaveAttribute('alt', /kelp/i);
  await expect(hero.locator('figcaption')).toContainText('Kelp has regrown on the outer reefs');
  await expect(hero.locator('figcaption [data-credit]')).toContainText('Dispatch graphics desk');
  await expect(figures.nth(1).locator('figcaption')).toContainText('kelp canopy index');
  await expect(page.locator('time[datetime]').first()).toHaveAttribute('datetime', /^2026-10-27T08:15:00/);
  await expect(page.getByText('Ines Calloway')).toBeVisible();

  const readMore = page.getByRole('region', { name: 'Read more' });
  const links = readMore.getByRole('heading').getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(4);
  const title = (await links.first().textContent())!.trim();
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).not.toHaveURL(new RegExp(`${KELP}$`));
});

test('article JSON-LD describes a NewsArticle', async ({ page }) => {
  await page.goto(KELP);
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(json).toMatchObject({
    '@type': 'NewsArticle',
    headline: expect.stringContaining('Kelp forests'),
    datePublished: '2026-10-27T08:15:00.000Z',
    publisher: { name: 'Dispatch', logo: { url: expect.stringMatching(/\/apple-icon\.png$/) } },
  });
  // Share cards and the publisher logo are raster images: social networks and search show no SVG.
  expect((await page.request.get(json.publisher.logo.url)).headers()['content-type']).toBe('image/png');
  expect(json.image[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\/.+\.(png|jpg)$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/articles\/tallow-bay-kelp-forest-recovery$/,
  );
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /\/media\/.+\.(png|jpg)$/);
});

test('search finds an article by a phrase from its body and highlights it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('urchin barren');
  await page.getByRole('searchbox', { name: 'Search stories' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=urchin\+barren/);
  const result = page.getByRole('link', { name: /Kelp forests return to Tallow Bay/ });
  await expect(result).toBeVisible();
  await expect(page.locator('main ol mark').first()).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(new RegExp(`${KELP}$`));
});

test('search explains when nothing matches and survives hostile input', async ({ page }) => {
  const response = await page.goto('/search?q=%22%29%20OR%20NEAR(%3Cscript%3E');
  expect(response!.status()).toBe(200);
  await expect(page.getByText(/No stories match/)).toBeVisible();
});

test('feed and sitemap are valid XML and list the article', async ({ request, baseURL }) => {
  // The feed carries the newest stories; the sitemap carries every one.
  for (const [path, article] of [
    ['/feed.xml', '/articles/planetarium-dome-film-reopens'],
    ['/sitemap.xml', KELP],
  ]) {
    const res = await request.get(path!);
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(`${baseURL}${article}`);
  }
  const feed = new XMLParser().parse(await (await request.get('/feed.xml')).text());
  expect(feed.rss.channel.item.length).toBeGreaterThanOrEqual(20);
  // Every story is credited: its byline, else its agency.
  expect(feed.rss.channel.item.every((i: { author?: string }) => Boolean(i.author))).toBe(true);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('every page carries the security headers', async ({ request }) => {
  for (const path of ['/', KELP, '/search?q=kelp', '/feed.xml']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['content-security-policy']).toContain("base-uri 'none'");
    expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  }
});

test('pages run only our script files and their own inline scripts, by hash', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  const response = await page.goto(KELP);
  await scrollToComments(page);
  const policy = response!.headers()['content-security-policy']!;
  expect(policy.match(/'sha256-/g)?.length ?? 0).toBeGreaterThan(0);
  // Hydrated: the comment section is fetched and rendered by client code.
  await expect(page.getByRole('heading', { name: /^Comments \(\d+\)$/ })).toBeVisible();
  expect(refused).toEqual([]);
  // A script someone managed to inject does not run.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => refused.length).toBe(1);
});

test('the page-view beacon refuses other origins', async ({ request }) => {
  const res = await request.post('/api/views', {
    data: { slug: 'tallow-bay-kelp-forest-recovery' },
    headers: { origin: 'https://evil.example' },
  });
  expect(res.status()).toBe(403);
});

test('unknown pages get a helpful 404', async ({ page }) => {
  const response = await page.goto('/articles/no-such-story');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We couldn’t find that page' })).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveCount(2);
});

test('keyboard users can skip to the content', async ({ page }) => {
  await page.goto(KELP);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const path of ['/', KELP, '/search?q=tidal', '/sections/world', '/videos/kelp-divers-urchin-cull']) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousAxeViolations(page);
  });
}
