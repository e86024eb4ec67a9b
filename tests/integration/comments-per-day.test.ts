// The dashboard chart's counts come from the database, per UTC day and status.
import { beforeAll, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { useLibDatabase } from '../helpers/lib-database';

const database = useLibDatabase();
beforeAll(async () => {
  const dir = makeContentDir();
  writeArticle(dir, { slug: 'chart' });
  await importContent(database().db, dir);
});

it('counts each status per day, with days at their UTC edges and none outside the window', async () => {
  const { countCommentsPerDay } = await import('../../lib/moderation/comments-per-day');
  const t = database();
  const article = await t.db.article.findUniqueOrThrow({ where: { slug: 'chart' } });
  const now = new Date('2026-11-26T15:00:00Z');
  const at = (iso: string, status: string) => ({
    articleId: article.id,
    body: `At ${iso}`,
    status,
    createdAt: new Date(iso),
  });
  await t.db.comment.createMany({
    data: [
      at('2026-11-26T00:00:00Z', 'approved'),
      at('2026-11-26T14:59:59Z', 'approved'),
      at('2026-11-26T09:00:00Z', 'pending'),
      at('2026-11-25T23:59:59Z', 'rejected'),
      at('2026-10-28T00:00:00Z', 'approved'), // first day of a 30-day window
      at('2026-10-27T23:59:59Z', 'approved'), // just outside it
    ],
  });
  const days = await countCommentsPerDay(30, now);
  expect(days).toHaveLength(30);
  expect(days[0]).toEqual({ day: '2026-10-28', approved: 1, pending: 0, rejected: 0 });
  expect(days.at(-2)).toEqual({ day: '2026-11-25', approved: 0, pending: 0, rejected: 1 });
  expect(days.at(-1)).toEqual({ day: '2026-11-26', approved: 2, pending: 1, rejected: 0 });
  expect(days.reduce((n, d) => n + d.approved + d.pending + d.rejected, 0)).toBe(5);
});
