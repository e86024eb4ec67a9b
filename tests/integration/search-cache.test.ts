// The search result cache (lib/search/search-articles.ts) on a real database: one entry per
// normalised query, never one query's results for another, bounded, and fresh again after its
// few seconds.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let t: TestDatabase;
let s: typeof import('../../lib/search/search-articles');

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  const dir = makeContentDir();
  writeArticle(dir, { slug: 'barrier', title: 'Flood barrier vote', body: 'The tidal gates close against a surge.' });
  writeArticle(dir, { slug: 'gates', title: 'Tidal gates tested', body: 'Engineers ran the test at dawn.' });
  writeArticle(dir, { slug: 'rovers', title: 'Rovers win the cup', section: 'sport', body: 'A late goal.' });
  await importContent(t.db, dir);
  s = await import('../../lib/search/search-articles');
});
afterAll(async () => {
  const { db } = await import('../../lib/db');
  await db.$disconnect();
  await t.cleanup();
});

it('answers every spelling of one query from one entry, and other queries from their own', async () => {
  s.searchResultCache.clear();
  const first = await s.searchArticles('tidal gates');
  expect(first.hits.map((h) => h.slug)).toEqual(['gates', 'barrier']);
  expect(await s.searchArticles('  Tidal,   GATES ')).toBe(first);
  expect(s.searchResultCache.size).toBe(1);

  const other = await s.searchArticles('rovers');
  expect(other.hits.map((h) => h.slug)).toEqual(['rovers']);
  expect((await s.searchArticles('tidal gates', 2)).hits).toEqual([]);
  expect((await s.searchArticles('tidal')).total).toBe(2);
  expect(s.searchResultCache.size).toBe(4);
  // Asked at the same moment, one query is made once and shared.
  const [a, b] = await Promise.all([s.searchArticles('cup'), s.searchArticles('CUP')]);
  expect(a).toBe(b);
});

it('holds at most SEARCH_CACHE_MAX queries', async () => {
  s.searchResultCache.clear();
  for (let i = 0; i < s.SEARCH_CACHE_MAX + 50; i++) await s.searchArticles(`word${i}`);
  expect(s.searchResultCache.size).toBe(s.SEARCH_CACHE_MAX);
});

it('shows a changed story once its few seconds are up', async () => {
  s.searchResultCache.clear();
  expect((await s.searchArticles('rovers')).hits[0]!.title).toBe('Rovers win the cup');
  await t.db.article.update({ where: { slug: 'rovers' }, data: { title: 'Rovers lift the cup' } });
  expect((await s.searchArticles('rovers')).hits[0]!.title).toBe('Rovers win the cup');
  await expect
    .poll(async () => (await s.searchArticles('rovers')).hits[0]!.title, {
      timeout: s.SEARCH_CACHE_TTL_MS + 3000,
      interval: 250,
    })
    .toBe('Rovers lift the cup');
});
