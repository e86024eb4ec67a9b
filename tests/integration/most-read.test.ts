import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { createTestDatabase } from '../helpers/test-database';

describe('Most read on a real SQLite database', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    t = await createTestDatabase();
    // lib/db.ts reads DATABASE_URL once, on first import: point it at the test file first.
    process.env.DATABASE_URL = t.url;
    const dir = makeContentDir();
    for (const slug of ['a', 'b', 'c', 'd', 'e', 'f']) writeArticle(dir, { slug });
    await importContent(t.db, dir);
  });
  afterAll(async () => {
    const { db } = await import('../../lib/db');
    await db.$disconnect();
    await t.cleanup();
  });

  it('batches views per article and hour and ranks the last 48 hours', async () => {
    const { addView, flushViews } = await import('../../lib/views/view-buffer');
    const { listMostRead } = await import('../../lib/views/list-most-read');
    const now = new Date();
    const views: [string, number][] = [
      ['c', 5],
      ['a', 4],
      ['f', 3],
      ['b', 2],
      ['e', 1],
    ];
    for (const [slug, n] of views) for (let i = 0; i < n; i++) addView(slug, now);
    addView('no-such-article', now);
    await flushViews();
    expect(await t.db.articleViewHour.count()).toBe(5);
    expect(
      await t.db.articleViewHour.findFirst({ where: { article: { slug: 'c' } }, select: { count: true } }),
    ).toEqual({ count: 5 });

    // Views older than 48 hours do not count in the first window.
    const d = await t.db.article.findUniqueOrThrow({ where: { slug: 'd' } });
    await t.db.articleViewHour.create({
      data: { articleId: d.id, hour: new Date(now.getTime() - 72 * 3600_000), count: 100 },
    });
    expect((await listMostRead(5, now)).map((a) => a.slug)).toEqual(['c', 'a', 'f', 'b', 'e']);

    // A second flush adds to the same hour instead of duplicating it.
    for (let i = 0; i < 5; i++) addView('e', now);
    await flushViews();
    expect(
      await t.db.articleViewHour.findFirst({
        where: { article: { slug: 'e' } },
        orderBy: { hour: 'desc' },
        select: { count: true },
      }),
    ).toEqual({ count: 6 });
  });

  it('widens the window when recent traffic is thin', async () => {
    const { listMostRead } = await import('../../lib/views/list-most-read');
    expect((await listMostRead(6)).map((a) => a.slug)).toEqual(['d', 'e', 'c', 'a', 'f', 'b']);
  });
});
