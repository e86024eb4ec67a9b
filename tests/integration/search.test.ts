// Search on the real index of either database (SQLite FTS5, or PostgreSQL text search when the
// suite runs with TEST_DATABASE=postgresql): matching, ranking, highlighting and snippets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { MARK_END, MARK_START } from '../../lib/search/fts-query';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { createTestDatabase, testProvider } from '../helpers/test-database';

const mark = (word: string) => `${MARK_START}${word}${MARK_END}`;
const filler = Array.from({ length: 60 }, (_, i) => `Sentence ${i} says nothing much.`).join(' ');

describe(`search on a real ${testProvider()} database`, () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let searchArticles: typeof import('../../lib/search/search-articles').searchArticles;

  beforeAll(async () => {
    t = await createTestDatabase();
    process.env.DATABASE_URL = t.url;
    const dir = makeContentDir();
    writeArticle(dir, {
      slug: 'barrier',
      title: 'Flood barrier vote',
      body: 'The tidal gates close against a storm surge.',
    });
    writeArticle(dir, { slug: 'gates', title: 'Tidal gates tested', body: 'Engineers ran the test at dawn.' });
    writeArticle(dir, {
      slug: 'rovers',
      title: 'Rovers win the cup',
      section: 'sport',
      body: `${filler} A late goal from the halfway line settled it. ${filler}`,
    });
    writeArticle(dir, { slug: 'gone', title: 'Halfway house closes', body: 'Nothing left.' });
    await importContent(t.db, dir);
    await t.db.article.update({ where: { slug: 'gone' }, data: { isPublished: false } });
    ({ searchArticles } = await import('../../lib/search/search-articles'));
  });
  afterAll(async () => {
    const { db } = await import('../../lib/db');
    await db.$disconnect();
    await t.cleanup();
  });

  it('finds a phrase from the body and marks it in a cut snippet', async () => {
    const result = await searchArticles('halfway line');
    expect(result.hits.map((h) => h.slug)).toEqual(['rovers']);
    const [hit] = result.hits;
    expect(hit!.snippetMarked).toContain(`${mark('halfway')} ${mark('line')}`);
    expect(hit!.snippetMarked).toMatch(/^….*…$/s);
    expect(hit!.snippetMarked.length).toBeLessThan(400);
    expect(hit!.titleMarked).toBe('Rovers win the cup');
  });

  it('ranks a title match above a body match, marks the title, and matches the last word as a prefix', async () => {
    const result = await searchArticles('tidal gat');
    expect(result.total).toBe(2);
    expect(result.hits.map((h) => h.slug)).toEqual(['gates', 'barrier']);
    expect(result.hits[0]!.titleMarked).toBe(`${mark('Tidal')} ${mark('gates')} tested`);
  });

  it('treats operators and quotes as plain words, and finds nothing for no words', async () => {
    expect((await searchArticles('rovers & !cup | "(')).hits.map((h) => h.slug)).toEqual(['rovers']);
    expect(await searchArticles(' ;; ')).toEqual({ hits: [], total: 0, page: 1, pageCount: 1 });
  });
});
