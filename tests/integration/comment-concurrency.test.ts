import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { createTestDatabase } from '../helpers/test-database';

// 1,000 comments from 50 readers at once: every success is stored exactly once, in its thread.
describe('concurrent posting', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    t = await createTestDatabase();
    process.env.DATABASE_URL = t.url;
    const dir = makeContentDir();
    writeArticle(dir, { slug: 'busy', publishedAt: new Date().toISOString() });
    await importContent(t.db, dir);
    await t.db.moderationSettings.create({
      data: { id: 1, postsPer15Seconds: 100, postsPerHour: 1000, newCommenterHoldCount: 0, linkHoldMinApproved: 0 },
    });
  });
  afterAll(async () => {
    const { db } = await import('../../lib/db');
    await db.$disconnect();
    await t.cleanup();
  });

  it(
    'stores exactly 1,000 posts from 50 concurrent readers, none duplicated, replies in their threads',
    { timeout: 120_000 },
    async () => {
      const { postComment } = await import('../../lib/comments/post-comment');
      const readers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          t.db.user.create({
            data: {
              email: `r${i}@example.test`,
              displayName: `Reader ${i}`,
              displayNameKey: `reader ${i}`,
              policyVersion: '1.0',
            },
            select: { id: true },
          }),
        ),
      );
      const root = await postComment(
        { id: readers[0]!.id, role: 'reader' },
        { articleSlug: 'busy', body: 'The thread everyone answers' },
      );
      if (!root.ok) throw new Error(root.message);
      const results = await Promise.all(
        readers.map(async (r, i) => {
          const mine: boolean[] = [];
          for (let n = 0; n < 20; n++) {
            const res = await postComment(
              { id: r.id, role: 'reader' },
              {
                articleSlug: 'busy',
                body: `Reader ${i}, comment ${n}`,
                replyToId: n % 4 === 0 ? root.commentId : null,
              },
            );
            mine.push(res.ok);
          }
          return mine;
        }),
      );
      expect(results.flat().filter(Boolean)).toHaveLength(1000);
      const rows = await t.db.comment.findMany({
        where: { id: { not: root.commentId } },
        select: { body: true, parentId: true, status: true },
      });
      expect(rows).toHaveLength(1000);
      expect(new Set(rows.map((r) => r.body)).size).toBe(1000);
      expect(rows.filter((r) => r.parentId === root.commentId)).toHaveLength(250);
      expect(rows.every((r) => r.status === 'approved')).toBe(true);
    },
  );
});
