// Comment counts on story lists, the article header and the feed: only public comments (approved,
// not deleted), and one grouped query per list however many cards it has.
import { beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { useLibDatabase } from '../helpers/lib-database';

const database = useLibDatabase();
const ids: Record<string, string> = {};

beforeAll(async () => {
  const dir = makeContentDir();
  for (const [i, slug] of ['busy', 'quiet', 'held'].entries())
    writeArticle(dir, { slug, topics: ['Harbours'], publishedAt: `2026-11-0${i + 1}T09:00:00Z` });
  await importContent(database().db, dir);
  const { db } = database();
  for (const a of await db.article.findMany({ select: { id: true, slug: true } })) ids[a.slug] = a.id;
  const comment = (slug: string, status: string, isDeleted = false) => ({
    articleId: ids[slug]!,
    body: `A ${status} comment`,
    status,
    isDeleted,
  });
  await db.comment.createMany({
    data: [
      comment('busy', 'approved'),
      comment('busy', 'approved'),
      comment('busy', 'approved'),
      comment('busy', 'approved', true), // deleted by its author
      comment('busy', 'pending'),
      comment('busy', 'rejected'),
      comment('held', 'pending'),
      comment('held', 'rejected'),
    ],
  });
});

describe('comment counts', () => {
  it('counts approved, undeleted comments only, on every kind of list', async () => {
    const { listLatestArticles, listArticlesPage } = await import('../../lib/articles/list-articles');
    const expected = { busy: 3, quiet: 0, held: 0 };
    const bySlug = (cards: { slug: string; commentCount: number }[]) =>
      Object.fromEntries(cards.map((c) => [c.slug, c.commentCount]));
    expect(bySlug(await listLatestArticles(10))).toEqual(expected);
    expect(bySlug((await listArticlesPage({ section: 'world' }, 1)).items)).toEqual(expected);
    expect(bySlug((await listArticlesPage({ topic: 'harbours' }, 1)).items)).toEqual(expected);

    const { searchArticles } = await import('../../lib/search/search-articles');
    const found = await searchArticles('busy');
    expect(found.hits.map((h) => [h.slug, h.commentCount])).toEqual([['busy', 3]]);
  });

  it('asks the database once for a whole list, however long', async () => {
    const { countPublicComments } = await import('../../lib/comments/count-public-comments');
    const { db } = database();
    let queries = 0;
    // The same client with a counter on every operation (an extended client has a wider type).
    type Client = Parameters<typeof countPublicComments>[1];
    const counting = db.$extends({
      query: {
        $allOperations: ({ args, query }) => {
          queries += 1;
          return query(args);
        },
      },
    }) as unknown as Client;
    const many = [...Object.values(ids), ...Array.from({ length: 40 }, (_, i) => `cmissing${i}xxxxxxxx`)];
    const counts = await countPublicComments(many, counting);
    expect(queries).toBe(1);
    expect(Object.fromEntries([...counts])).toEqual({ [ids.busy!]: 3 });
    expect(await countPublicComments([], counting)).toEqual(new Map());
    expect(queries).toBe(1);
  });

  it('reaches the RSS feed as slash:comments', async () => {
    const { GET } = await import('../../app/feed.xml/route');
    const xml = await (await GET()).text();
    const item = (slug: string) => xml.split('<item>').find((i) => i.includes(`/articles/${slug}</link>`)) ?? '';
    expect(item('busy')).toContain(
      '<slash:comments xmlns:slash="http://purl.org/rss/1.0/modules/slash/">3</slash:comments>',
    );
    expect(item('held')).toContain('>0</slash:comments>');
  });
});
