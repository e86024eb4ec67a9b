import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { querySearchIndex } from '../../lib/search/query-search-index';
import { makeContentDir, writeArticle, writeVideo } from '../helpers/content-fixture';
import { createTestDatabase } from '../helpers/test-database';

describe('content import on a real SQLite database', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  const dir = makeContentDir();

  beforeAll(async () => {
    t = await createTestDatabase();
    writeArticle(dir, {
      slug: 'barrier',
      title: 'Flood barrier vote',
      topics: ['Climate', 'Infrastructure'],
      body: 'The tidal gates close against a storm surge.\n\n![Gates](images/inline.svg "The gates at dusk. | Photo Desk")',
    });
    writeArticle(dir, {
      slug: 'gates',
      title: 'Tidal gates tested',
      topics: ['Climate'],
      publishedAt: '2026-11-03T09:00:00Z',
      body: 'Engineers tested the tidal gates.',
    });
    writeArticle(dir, {
      slug: 'rovers',
      title: 'Rovers win the cup',
      section: 'sport',
      topics: ['Football'],
      body: 'A late goal from the halfway line.',
    });
    writeVideo(dir, 'clip');
  });
  afterAll(async () => t.cleanup());

  it('imports articles, topics, figures, videos and related stories', async () => {
    const result = await importContent(t.db, dir);
    expect(result.errors).toEqual([]);
    expect(result.articles).toEqual({ created: 3, updated: 0, unchanged: 0, unpublished: 0 });
    expect(result.videos.created).toBe(1);
    expect(result.changedPaths).toEqual(
      expect.arrayContaining(['/', '/articles/barrier', '/sections/world', '/topics/climate', '/videos/clip']),
    );

    const barrier = await t.db.article.findUniqueOrThrow({
      where: { slug: 'barrier' },
      include: { topics: true, related: { orderBy: { rank: 'asc' }, include: { related: true } } },
    });
    expect(barrier.heroCaption).toBe('A test caption.');
    expect(barrier.topics.map((x) => x.topicSlug).sort()).toEqual(['climate', 'infrastructure']);
    expect(barrier.related.map((r) => r.related.slug)).toEqual(['gates', 'rovers']);
    // The two images, and a PNG email rendition of each.
    const media = await t.db.mediaAsset.findMany({ where: { sourceName: null } });
    expect(media.length).toBe(2);
    expect(
      await t.db.mediaAsset.count({ where: { sourceName: { in: media.map((m) => m.name) }, mimeType: 'image/png' } }),
    ).toBe(2);
    expect(barrier.body).toContain(`/media/${media.find((m) => barrier.body.includes(m.name))!.name}`);
  });

  it('finds articles by a body phrase with full-text search', async () => {
    const { hits } = await querySearchIndex(t.db, t.provider, 'halfway line', 10);
    const slugs = await t.db.article.findMany({
      where: { id: { in: hits.map((r) => r.articleId) } },
      select: { slug: true },
    });
    expect(slugs.map((s) => s.slug)).toEqual(['rovers']);
  });

  it('skips unchanged files on re-import and changes nothing', async () => {
    const before = await t.db.article.findMany({ orderBy: { slug: 'asc' } });
    const result = await importContent(t.db, dir);
    expect(result.articles).toEqual({ created: 0, updated: 0, unchanged: 3, unpublished: 0 });
    expect(result.changedPaths).toEqual([]);
    expect(await t.db.article.findMany({ orderBy: { slug: 'asc' } })).toEqual(before);
  });

  it('updates a changed file, unpublishes a removed one, and leaves a bad file untouched', async () => {
    writeArticle(dir, { slug: 'gates', title: 'Tidal gates pass their test', topics: ['Climate'] });
    fs.rmSync(path.join(dir, 'articles', 'rovers.md'));
    fs.writeFileSync(
      path.join(dir, 'articles', 'barrier.md'),
      fs.readFileSync(path.join(dir, 'articles', 'barrier.md'), 'utf8').replace('  caption: A test caption.\n', ''),
    );
    const result = await importContent(t.db, dir);
    expect(result.errors.map((e) => `${path.basename(e.file)} ${e.field}`)).toEqual(['barrier.md image.caption']);
    expect(result.articles).toMatchObject({ updated: 1, unpublished: 1 });
    const all = await t.db.article.findMany({
      orderBy: { slug: 'asc' },
      select: { slug: true, title: true, isPublished: true, heroCaption: true },
    });
    expect(all).toEqual([
      { slug: 'barrier', title: 'Flood barrier vote', isPublished: true, heroCaption: 'A test caption.' },
      { slug: 'gates', title: 'Tidal gates pass their test', isPublished: true, heroCaption: 'A test caption.' },
      { slug: 'rovers', title: 'Rovers win the cup', isPublished: false, heroCaption: 'A test caption.' },
    ]);
    const fts = await t.db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n FROM "ArticleSearch"`;
    expect(Number(fts[0]!.n)).toBe(2);
    const related = await t.db.relatedArticle.findMany({ include: { related: { select: { slug: true } } } });
    expect(related.map((r) => r.related.slug)).not.toContain('rovers');
  });
});
