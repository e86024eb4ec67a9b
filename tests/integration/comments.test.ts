import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { createTestDatabase } from '../helpers/test-database';

// The same server functions the comment forms call, on a real SQLite file.
describe('comments on a real database', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let c: typeof import('../../lib/comments/post-comment') &
    typeof import('../../lib/comments/list-comments') &
    typeof import('../../lib/comments/edit-comment') &
    typeof import('../../lib/comments/delete-comment') &
    typeof import('../../lib/comments/recommend-comment') &
    typeof import('../../lib/comments/report-comment') &
    typeof import('../../lib/comments/accept-policy');
  const users: Record<string, { id: string; role: string }> = {};
  const recent = new Date().toISOString();

  beforeAll(async () => {
    t = await createTestDatabase();
    process.env.DATABASE_URL = t.url;
    const dir = makeContentDir();
    writeArticle(dir, { slug: 'open', publishedAt: recent });
    writeArticle(dir, { slug: 'premod', publishedAt: recent });
    writeArticle(dir, { slug: 'closed', publishedAt: recent, extra: 'commentsOpen: false' });
    writeArticle(dir, { slug: 'old', publishedAt: '2020-01-01T00:00:00Z' });
    await importContent(t.db, dir);
    await t.db.article.update({ where: { slug: 'premod' }, data: { moderationMode: 'pre' } });
    await t.db.moderationSettings.create({
      data: { id: 1, postsPer15Seconds: 1000, postsPerHour: 1000, newCommenterHoldCount: 0, linkHoldMinApproved: 0 },
    });
    for (const name of ['ann', 'bob', 'cat', 'dan', 'eve', 'noname', 'nopolicy']) {
      const u = await t.db.user.create({
        data: {
          email: `${name}@example.test`,
          displayName: name === 'noname' ? null : name,
          displayNameKey: name === 'noname' ? null : name,
          policyVersion: name === 'nopolicy' ? null : '1.0',
        },
      });
      users[name] = { id: u.id, role: 'reader' };
    }
    c = {
      ...(await import('../../lib/comments/post-comment')),
      ...(await import('../../lib/comments/list-comments')),
      ...(await import('../../lib/comments/edit-comment')),
      ...(await import('../../lib/comments/delete-comment')),
      ...(await import('../../lib/comments/recommend-comment')),
      ...(await import('../../lib/comments/report-comment')),
      ...(await import('../../lib/comments/accept-policy')),
    };
  });
  afterAll(async () => {
    const { db } = await import('../../lib/db');
    await db.$disconnect();
    await t.cleanup();
  });

  it('refuses anonymous posting, readers without a display name, and readers who have not accepted the policy', async () => {
    expect(await c.postComment(null, { articleSlug: 'open', body: 'Hello there' })).toMatchObject({
      ok: false,
      code: 'unauthenticated',
    });
    expect(await c.postComment(users.noname!, { articleSlug: 'open', body: 'Hello there' })).toMatchObject({
      ok: false,
      code: 'needs-name',
    });
    expect(await c.postComment(users.nopolicy!, { articleSlug: 'open', body: 'Hello there' })).toMatchObject({
      ok: false,
      code: 'needs-policy',
    });
    expect(await c.acceptCommentPolicy(users.nopolicy!, '0.9')).toMatchObject({ ok: false });
    expect(await c.acceptCommentPolicy(users.nopolicy!, '1.0')).toEqual({ ok: true });
    expect(await c.postComment(users.nopolicy!, { articleSlug: 'open', body: 'Now I may speak' })).toMatchObject({
      ok: true,
      status: 'approved',
    });
  });

  it('validates length and refuses closed threads', async () => {
    expect(await c.postComment(users.ann!, { articleSlug: 'open', body: ' x ' })).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('at least 2'),
    });
    expect(await c.postComment(users.ann!, { articleSlug: 'open', body: 'y'.repeat(5001) })).toMatchObject({
      code: 'invalid',
    });
    expect(await c.postComment(users.ann!, { articleSlug: 'closed', body: 'Hello' })).toMatchObject({
      code: 'closed',
      message: 'Comments are closed on this article.',
    });
    expect(await c.postComment(users.ann!, { articleSlug: 'old', body: 'Hello' })).toMatchObject({
      code: 'closed',
      message: 'Comments closed 14 days after publication.',
    });
  });

  it('nests a reply to a reply under it, and names who a deeper reply answers', async () => {
    const top = await c.postComment(users.ann!, { articleSlug: 'open', body: 'Top-level thought' });
    const reply = await c.postComment(users.bob!, {
      articleSlug: 'open',
      body: 'A reply',
      replyToId: top.ok ? top.commentId : '',
    });
    const deeper = await c.postComment(users.cat!, {
      articleSlug: 'open',
      body: 'Reply to the reply',
      replyToId: reply.ok ? reply.commentId : '',
    });
    const deepest = await c.postComment(users.dan!, {
      articleSlug: 'open',
      body: 'Three levels down',
      replyToId: deeper.ok ? deeper.commentId : '',
    });
    expect(deepest.ok).toBe(true);
    const view = (await c.listComments('open', null, 'oldest'))!;
    const thread = view.threads.find((th) => th.body === 'Top-level thought')!;
    const shape = (list: typeof thread.replies): unknown[] =>
      list.map((r) => [r.authorName, r.body, r.replyToName, ...(r.replies.length ? [shape(r.replies)] : [])]);
    // Indentation stops at the second level; from there "in reply to" says who is answered.
    expect(shape(thread.replies)).toEqual([
      [
        'bob',
        'A reply',
        null,
        [
          ['cat', 'Reply to the reply', 'bob'],
          ['dan', 'Three levels down', 'cat'],
        ],
      ],
    ]);
    expect(JSON.stringify(view)).not.toContain('@example.test');
  });

  it('holds comments under pre-moderation: invisible to others, marked for the author', async () => {
    const posted = await c.postComment(users.dan!, { articleSlug: 'premod', body: 'Waiting my turn' });
    expect(posted).toMatchObject({ ok: true, status: 'pending' });
    expect((await c.listComments('premod', null))!.threads).toEqual([]);
    expect((await c.listComments('premod', users.eve!))!.threads).toEqual([]);
    const own = (await c.listComments('premod', users.dan!))!;
    expect(own.threads.map((x) => [x.body, x.isPending, x.isOwn])).toEqual([['Waiting my turn', true, true]]);
    expect(own.count).toBe(0);
    expect(await t.db.moderationAction.count({ where: { action: 'auto-hold' } })).toBe(1);
  });

  it('lets authors edit within 10 minutes, keeping the history, and nobody else', async () => {
    const t0 = new Date();
    const posted = await c.postComment(users.eve!, { articleSlug: 'open', body: 'First draft' }, t0);
    const id = posted.ok ? posted.commentId : '';
    expect(await c.editComment(users.ann!, id, 'Hijacked')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await c.editComment(users.eve!, id, 'Second draft', new Date(t0.getTime() + 60_000))).toMatchObject({
      ok: true,
    });
    expect(await c.editComment(users.eve!, id, 'Too late', new Date(t0.getTime() + 11 * 60_000))).toMatchObject({
      ok: false,
      code: 'closed',
    });
    const row = await t.db.comment.findUniqueOrThrow({ where: { id }, include: { edits: true } });
    expect(row.body).toBe('Second draft');
    expect(row.editedAt).not.toBeNull();
    expect(row.edits.map((e) => e.body)).toEqual(['First draft']);
  });

  it('deletes: a comment with replies becomes a placeholder, one without disappears', async () => {
    const lonely = await c.postComment(users.ann!, { articleSlug: 'open', body: 'Nobody answers me' });
    const parent = await c.postComment(users.ann!, { articleSlug: 'open', body: 'Answer me' });
    await c.postComment(users.bob!, {
      articleSlug: 'open',
      body: 'Answered',
      replyToId: parent.ok ? parent.commentId : '',
    });
    expect(await c.deleteComment(users.bob!, parent.ok ? parent.commentId : '')).toMatchObject({ code: 'forbidden' });
    expect(await c.deleteComment(users.ann!, lonely.ok ? lonely.commentId : '')).toEqual({ ok: true });
    expect(await c.deleteComment(users.ann!, parent.ok ? parent.commentId : '')).toEqual({ ok: true });
    const view = (await c.listComments('open', null))!;
    expect(view.threads.some((th) => th.body === 'Nobody answers me')).toBe(false);
    const placeholder = view.threads.find((th) => th.id === (parent.ok ? parent.commentId : ''))!;
    expect(placeholder).toMatchObject({ isDeleted: true, body: '', authorName: '[deleted]' });
    expect(placeholder.replies.map((r) => r.body)).toEqual(['Answered']);
  });

  it('counts a recommendation once, undoes it, and refuses your own', async () => {
    const posted = await c.postComment(users.cat!, { articleSlug: 'open', body: 'Recommend me' });
    const id = posted.ok ? posted.commentId : '';
    expect(await c.recommendComment(users.cat!, id, true)).toMatchObject({ code: 'forbidden' });
    expect(await c.recommendComment(users.ann!, id, true)).toMatchObject({ recommendCount: 1 });
    expect(await c.recommendComment(users.ann!, id, true)).toMatchObject({ recommendCount: 1 });
    expect(await c.recommendComment(users.bob!, id, true)).toMatchObject({ recommendCount: 2 });
    expect(await c.recommendComment(users.ann!, id, false)).toMatchObject({ recommendCount: 1, hasRecommended: false });
    expect((await c.listComments('open', users.bob!, 'recommended'))!.threads[0]).toMatchObject({
      id,
      hasRecommended: true,
    });
  });

  it('takes one report per reader and holds the comment at the threshold', async () => {
    const posted = await c.postComment(users.dan!, { articleSlug: 'open', body: 'Controversial take' });
    const id = posted.ok ? posted.commentId : '';
    expect(await c.reportComment(users.ann!, id, { rule: 'made-up' })).toMatchObject({ code: 'invalid' });
    expect(await c.reportComment(users.ann!, id, { rule: 'civility', note: 'rude' })).toEqual({ ok: true });
    expect(await c.reportComment(users.ann!, id, { rule: 'civility' })).toMatchObject({ code: 'duplicate' });
    await c.reportComment(users.bob!, id, { rule: 'spam' });
    expect((await t.db.comment.findUniqueOrThrow({ where: { id } })).status).toBe('approved');
    await c.reportComment(users.cat!, id, { rule: 'civility' });
    expect((await t.db.comment.findUniqueOrThrow({ where: { id } })).status).toBe('pending');
    expect((await c.listComments('open', null))!.threads.some((th) => th.id === id)).toBe(false);
  });

  it('refuses an identical repeat and posts faster than the limit', async () => {
    expect(await c.postComment(users.eve!, { articleSlug: 'open', body: 'Same again' })).toMatchObject({ ok: true });
    expect(await c.postComment(users.eve!, { articleSlug: 'open', body: '  Same again ' })).toMatchObject({
      code: 'duplicate',
    });
    await t.db.moderationSettings.update({ where: { id: 1 }, data: { postsPer15Seconds: 1 } });
    expect(await c.postComment(users.bob!, { articleSlug: 'open', body: 'First quick one' })).toMatchObject({
      ok: true,
    });
    expect(await c.postComment(users.bob!, { articleSlug: 'open', body: 'Second quick one' })).toMatchObject({
      code: 'rate-limited',
      message: expect.stringMatching(/Try again in \d+ seconds?/),
    });
  });
});
