import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import type { CommentsView } from '../../lib/comments/list-comments';
import { createTestDatabase } from '../helpers/test-database';

// Threads that scale: keyset pages, permalinks to a comment's page, capped replies and the
// shared "new comments" route, on a real database (SQLite, or PostgreSQL with TEST_DATABASE).
describe('comment threads', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let lc: typeof import('../../lib/comments/list-comments');
  let articleId = '';
  const users: Record<string, string> = {};
  const base = Date.now() - 3_600_000;
  let seq = 0;

  /** A comment made `seconds` after the base time (several may share one time: the id breaks ties). */
  const comment = async (data: {
    seconds: number;
    author?: string;
    status?: string;
    parentId?: string;
    replyToId?: string;
    recommendCount?: number;
    isFeatured?: boolean;
    article?: string;
  }) =>
    (
      await t.db.comment.create({
        data: {
          articleId: data.article ?? articleId,
          authorId: users[data.author ?? 'ann'],
          body: `Comment number ${++seq}`,
          status: data.status ?? 'approved',
          parentId: data.parentId,
          replyToId: data.replyToId ?? data.parentId,
          recommendCount: data.recommendCount ?? 0,
          isFeatured: data.isFeatured ?? false,
          createdAt: new Date(base + data.seconds * 1000),
          approvedAt: (data.status ?? 'approved') === 'approved' ? new Date(base + data.seconds * 1000) : null,
        },
      })
    ).id;

  beforeAll(async () => {
    t = await createTestDatabase();
    process.env.DATABASE_URL = t.url;
    const dir = makeContentDir();
    for (const slug of ['busy', 'other', 'live']) writeArticle(dir, { slug, publishedAt: new Date().toISOString() });
    await importContent(t.db, dir);
    articleId = (await t.db.article.findUniqueOrThrow({ where: { slug: 'busy' } })).id;
    for (const name of ['ann', 'bob', 'eve'])
      users[name] = (
        await t.db.user.create({
          data: { email: `${name}@example.test`, displayName: name, displayNameKey: name, policyVersion: '1.0' },
        })
      ).id;
    lc = await import('../../lib/comments/list-comments');
  });
  afterAll(async () => {
    const { db } = await import('../../lib/db');
    await db.$disconnect();
    await t.cleanup();
  });

  const walk = async (sort: 'newest' | 'oldest' | 'recommended', during?: (page: number) => Promise<void>) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const view: CommentsView = (await lc.listComments('busy', null, sort, { after }))!;
      seen.push(...view.threads.map((th) => th.id));
      if (!view.nextCursor) break;
      after = view.nextCursor;
      await during?.(page);
    }
    return seen;
  };

  it('pages by keyset in every sort: no duplicates and no gaps, even as comments arrive', async () => {
    const ids: string[] = [];
    // 55 threads, in groups of three sharing a second and a recommendation count (ties).
    for (let i = 0; i < 55; i++) ids.push(await comment({ seconds: Math.floor(i / 3), recommendCount: i % 4 }));
    const rows = await t.db.comment.findMany({ where: { id: { in: ids } } });
    for (const sort of ['newest', 'oldest', 'recommended'] as const) {
      const before = await walk(sort);
      expect(new Set(before).size).toBe(55);
      expect(before).toEqual(
        [...rows]
          .sort((a, b) => {
            const asc = a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1);
            if (sort === 'oldest') return asc;
            return (sort === 'recommended' ? b.recommendCount - a.recommendCount : 0) || -asc;
          })
          .map((r) => r.id),
      );
    }
    // New threads posted between page reads never push an old thread onto the next page twice.
    const added: string[] = [];
    const during = async (page: number) => {
      added.push(await comment({ seconds: 1000 + page }));
    };
    const seen = await walk('newest', during);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    await t.db.comment.deleteMany({ where: { id: { in: added } } });
  });

  it('opens a permalink at the page of the thread holding the comment, highlighted', async () => {
    const first = (await lc.listComments('busy', null, 'newest'))!;
    const later = await walk('newest');
    const deepThread = later[45]!; // page three
    expect(first.threads.map((th) => th.id)).not.toContain(deepThread);
    const view = (await lc.listComments('busy', null, 'newest', { around: deepThread }))!;
    expect(view.threads[0]!.id).toBe(deepThread);
    expect(view.highlightId).toBe(deepThread);
    expect(view.isFirstPage).toBe(false);

    // A reply far down a long thread: the thread's replies start there, so it is on the page.
    const replies: string[] = [];
    for (let i = 0; i < 45; i++)
      replies.push(await comment({ seconds: 2000 + i, parentId: deepThread, author: 'bob' }));
    const reply = (await lc.listComments('busy', null, 'newest', { around: replies[40] }))!;
    expect(reply.threads[0]!.id).toBe(deepThread);
    expect(reply.highlightId).toBe(replies[40]);
    expect(reply.threads[0]!.replies.map((r) => r.id)).toContain(replies[40]);

    // Unknown ids, another article's, and someone else's held comment: the section opens as usual.
    const held = await comment({ seconds: 3000, status: 'pending', author: 'eve' });
    const elsewhere = await comment({
      seconds: 3000,
      article: (await t.db.article.findUniqueOrThrow({ where: { slug: 'other' } })).id,
    });
    for (const around of ['doesnotexist', held, elsewhere]) {
      const plain = (await lc.listComments('busy', { id: users.bob! }, 'newest', { around }))!;
      expect(plain.highlightId).toBeNull();
      expect(plain.isFirstPage).toBe(true);
      expect(plain.threads.map((th) => th.id)).not.toContain(held);
    }
    // Its author sees it.
    expect((await lc.listComments('busy', { id: users.eve! }, 'newest', { around: held }))!.highlightId).toBe(held);
  });

  it('sends at most 20 replies a thread and continues by keyset', async () => {
    const head = await comment({ seconds: 4000 });
    const replies: string[] = [];
    for (let i = 0; i < 45; i++) replies.push(await comment({ seconds: 4001 + i, parentId: head, author: 'bob' }));
    const view = (await lc.listComments('busy', null, 'newest'))!;
    const thread = view.threads.find((th) => th.id === head)!;
    expect(thread.replies.map((r) => r.id)).toEqual(replies.slice(0, 20));
    expect(thread.moreReplies).toBe(25);
    const got = [...thread.replies.map((r) => r.id)];
    let cursor = thread.repliesCursor;
    while (cursor) {
      const more = (await lc.listComments('busy', null, 'newest', { thread: head, after: cursor }))!;
      expect(more.threads.map((th) => th.id)).toEqual([head]);
      got.push(...more.threads[0]!.replies.map((r) => r.id));
      cursor = more.threads[0]!.repliesCursor;
    }
    expect(got).toEqual(replies);
    // A page whose replies overflow the shared query's budget takes the counted path: same answer.
    const { listThreadReplies } = await import('../../lib/comments/list-thread-replies');
    const alone = (await listThreadReplies([head], { status: 'approved' })).get(head)!;
    expect(alone.rows.map((r) => r.id)).toEqual(replies.slice(0, 20));
    expect([alone.more, alone.cursor]).toEqual([25, thread.repliesCursor]);
  });

  it('lists editors’ picks, whatever their level, and nothing else', async () => {
    const head = await comment({ seconds: 5000, isFeatured: true });
    const reply = await comment({ seconds: 5001, parentId: head, isFeatured: true, author: 'bob' });
    await comment({ seconds: 5002, parentId: head });
    await comment({ seconds: 5003, isFeatured: true, status: 'rejected' });
    const picks = (await lc.listComments('busy', null, 'newest', { tab: 'picks' }))!;
    expect(picks.threads.map((c) => c.id)).toEqual([reply, head]);
    expect(picks.threads.every((c) => c.replies.length === 0)).toBe(true);
  });

  it('announces newly public comments by a shared, briefly cached GET with no private data', async () => {
    const live = (await t.db.article.findUniqueOrThrow({ where: { slug: 'live' } })).id;
    const { GET } = await import('../../app/api/comments/[slug]/since/route');
    const opened = Date.now() - 120_000;
    // Seconds after `base` (set when the file loaded: a slow database setup must not shift them).
    const sinceOpened = (ms: number) => (opened + ms - base) / 1000;
    const approved = await comment({ seconds: sinceOpened(30_000), article: live });
    const pending = await comment({ seconds: sinceOpened(40_000), article: live, status: 'pending', author: 'eve' });
    const rejected = await comment({ seconds: sinceOpened(50_000), article: live, status: 'rejected', author: 'eve' });
    const moderator = await t.db.user.create({ data: { email: 'mod@example.test', role: 'moderator' } });
    const { moderateComment } = await import('../../lib/moderation/moderate-comment');
    const decide = async (id: string, decision: 'approve' | 'feature') =>
      expect(await moderateComment({ id: moderator.id, role: 'moderator' }, id, decision)).toEqual({ ok: true });
    // Held an hour ago, approved by a moderator just now: new to readers.
    const lateApproval = await comment({ seconds: sinceOpened(-3_600_000), article: live, status: 'pending' });
    await decide(lateApproval, 'approve');
    // Public for an hour, featured by a moderator just now: not new (it may be on a page the
    // reader has not loaded, and the island would offer it as new).
    const featured = await comment({ seconds: sinceOpened(-3_600_000), article: live });
    await decide(featured, 'feature');
    const ask = (after: string) =>
      GET(new NextRequest(`http://127.0.0.1/api/comments/live/since?after=${after}`), {
        params: Promise.resolve({ slug: 'live' }),
      });
    const res = await ask(String(opened));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=5\b/);
    expect(res.headers.get('set-cookie')).toBeNull();
    const text = await res.text();
    const body = JSON.parse(text) as { comments: { id: string }[]; after: string };
    expect(body.comments.map((c) => c.id).sort()).toEqual([approved, lateApproval].sort());
    expect(text).not.toContain(pending);
    expect(text).not.toContain(rejected);
    expect(text).not.toContain('@example.test');
    expect(text).not.toContain('Comment number');
    // Rounded down to the minute: readers who opened the page in the same minute share one answer.
    expect(Date.parse(body.after) % 60_000).toBe(0);
    expect((await ask('not-a-time')).status).toBe(400);
    expect((await ask(String(Date.now() - 3 * 86_400_000))).status).toBe(400);
  });
});
