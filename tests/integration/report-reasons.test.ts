// Reports cite a policy rule or "other" with a note the server insists on; the reported queue
// carries the rule id and note for the moderator's view to quote.
import { beforeAll, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { useLibDatabase } from '../helpers/lib-database';

const database = useLibDatabase();
const people: Record<string, { id: string; role: string }> = {};
let commentId = '';

beforeAll(async () => {
  const { db } = database();
  const dir = makeContentDir();
  writeArticle(dir, { slug: 'reported' });
  await importContent(db, dir);
  for (const name of ['author', 'first', 'second', 'third']) {
    const u = await db.user.create({
      data: { email: `${name}@example.test`, displayName: name, displayNameKey: name, policyVersion: '1.0' },
    });
    people[name] = { id: u.id, role: 'reader' };
  }
  const article = await db.article.findUniqueOrThrow({ where: { slug: 'reported' } });
  const c = await db.comment.create({
    data: { articleId: article.id, authorId: people.author!.id, body: 'A comment to report', status: 'approved' },
  });
  commentId = c.id;
});

it('refuses "other" without a note, with a clear message, and stores nothing', async () => {
  const { reportComment } = await import('../../lib/comments/report-comment');
  const { db } = database();
  for (const note of [undefined, '', '   ']) {
    const result = await reportComment(people.first!, commentId, { rule: 'other', note });
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: 'Say what is wrong with the comment when you choose “Something else”.',
    });
  }
  expect(await db.commentReport.count()).toBe(0);
  expect(await db.comment.findUniqueOrThrow({ where: { id: commentId } })).toMatchObject({ reportCount: 0 });
  // A reason that is neither a rule nor "other" is refused too.
  expect(await reportComment(people.first!, commentId, { rule: 'made-up', note: 'x' })).toMatchObject({ ok: false });
  expect(await db.commentReport.count()).toBe(0);
});

it('accepts "other" with a note and rules with or without one; the queue has each reason', async () => {
  const { reportComment } = await import('../../lib/comments/report-comment');
  const { listQueue } = await import('../../lib/moderation/list-queue');
  expect(await reportComment(people.first!, commentId, { rule: 'other', note: ' Wrong name in quote ' })).toEqual({
    ok: true,
  });
  expect(await reportComment(people.second!, commentId, { rule: 'civility' })).toEqual({ ok: true });
  const queue = await listQueue('reported');
  const item = queue.items.find((i) => i.id === commentId);
  expect(item?.reports).toEqual([
    { rule: 'other', note: 'Wrong name in quote' },
    { rule: 'civility', note: null },
  ]);
});
