import { beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { useLibDatabase } from '../helpers/lib-database';

// Issue 13: what comments and moderation promise, through the functions the forms call.
describe('comment and moderation promises', () => {
  const database = useLibDatabase();
  const people: Record<string, { id: string; role: string }> = {};
  let c: typeof import('../../lib/comments/post-comment') &
    typeof import('../../lib/comments/edit-comment') &
    typeof import('../../lib/comments/report-comment') &
    typeof import('../../lib/comments/recommend-comment') &
    typeof import('../../lib/moderation/moderate-comment') &
    typeof import('../../lib/moderation/act-on-user') &
    typeof import('../../lib/moderation/list-audit-log');

  beforeAll(async () => {
    const { db } = database();
    const dir = makeContentDir();
    writeArticle(dir, { slug: 'story', publishedAt: new Date().toISOString() });
    await importContent(db, dir);
    await db.moderationSettings.create({
      data: {
        id: 1,
        postsPer15Seconds: 1000,
        postsPerHour: 1000,
        newCommenterHoldCount: 0,
        linkHoldMinApproved: 0,
        reportHoldThreshold: 3,
        bannedWords: 'spamalot: spam',
      },
    });
    for (const [name, role] of [
      ['author', 'reader'],
      ['r1', 'reader'],
      ['r2', 'reader'],
      ['r3', 'reader'],
      ['banned', 'reader'],
      ['suspended', 'reader'],
      ['mod', 'moderator'],
    ] as const) {
      const u = await db.user.create({
        data: {
          email: `${name}@example.test`,
          role,
          // The moderator has no display name: the audit log must still say who acted.
          displayName: name === 'mod' ? null : name,
          displayNameKey: name === 'mod' ? null : name,
          policyVersion: '1.0',
          bannedAt: name === 'banned' ? new Date() : null,
          suspendedUntil: name === 'suspended' ? new Date(Date.now() + 86_400_000) : null,
        },
      });
      people[name] = { id: u.id, role };
    }
    c = {
      ...(await import('../../lib/comments/post-comment')),
      ...(await import('../../lib/comments/edit-comment')),
      ...(await import('../../lib/comments/report-comment')),
      ...(await import('../../lib/comments/recommend-comment')),
      ...(await import('../../lib/moderation/moderate-comment')),
      ...(await import('../../lib/moderation/act-on-user')),
      ...(await import('../../lib/moderation/list-audit-log')),
    };
  });

  const post = async (body: string) => {
    const r = await c.postComment(people.author!, { articleSlug: 'story', body });
    if (!r.ok) throw new Error(r.message);
    return r.commentId;
  };

  it('keeps a comment held by reports held when its author edits it', async () => {
    const id = await post('A take some readers dislike');
    for (const r of ['r1', 'r2', 'r3'])
      expect(await c.reportComment(people[r]!, id, { rule: 'civility' })).toEqual({ ok: true });
    expect((await database().db.comment.findUniqueOrThrow({ where: { id } })).status).toBe('pending');
    expect(await c.editComment(people.author!, id, 'A take some readers dislike.')).toMatchObject({
      ok: true,
      status: 'pending',
    });
    expect((await database().db.comment.findUniqueOrThrow({ where: { id } })).status).toBe('pending');
  });

  it('tells the rule an edit broke and records the automatic rejection, as a new post does', async () => {
    const id = await post('Perfectly fine words');
    const edited = await c.editComment(people.author!, id, 'Buy spamalot now');
    expect(edited).toMatchObject({ ok: true, status: 'rejected', rejectRule: 'spam' });
    expect(await database().db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'rejected',
      rejectRule: 'spam',
    });
    const rows = await database().db.moderationAction.findMany({ where: { targetCommentId: id } });
    expect(rows).toMatchObject([
      { action: 'auto-reject', actorId: null, rule: 'spam', targetUserId: people.author!.id },
    ]);
  });

  it('refuses reports and recommendations from banned and suspended readers', async () => {
    const id = await post('Judge me, but only if you may');
    for (const who of ['banned', 'suspended']) {
      expect(await c.reportComment(people[who]!, id, { rule: 'civility' })).toMatchObject({
        ok: false,
        code: 'suspended',
      });
      expect(await c.recommendComment(people[who]!, id, true)).toMatchObject({ ok: false, code: 'suspended' });
    }
    expect(await database().db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      reportCount: 0,
      recommendCount: 0,
      status: 'approved',
    });
    expect(await database().db.commentReport.count({ where: { commentId: id } })).toBe(0);
  });

  it('accepts only known decisions: "constructor" and friends change nothing and log nothing', async () => {
    const id = await post('Feature me, maybe');
    await database().db.comment.update({ where: { id }, data: { isFeatured: true } });
    const before = await database().db.moderationAction.count();
    for (const junk of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'pending']) {
      expect(await c.moderateComment(people.mod!, id, junk as never)).toMatchObject({ ok: false, code: 'invalid' });
      expect(await c.actOnUser(people.mod!, people.author!.id, junk as never, { reason: 'junk reason' })).toMatchObject(
        { ok: false, code: 'invalid' },
      );
    }
    expect(await database().db.moderationAction.count()).toBe(before);
    expect(await database().db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
      isFeatured: true,
      status: 'approved',
    });
    expect(
      (await database().db.user.findUniqueOrThrow({ where: { id: people.author!.id } })).pendingWarning,
    ).toBeNull();
  });

  it('names the moderator in the audit log, by display name and email', async () => {
    const id = await post('Approve me again');
    expect(await c.moderateComment(people.mod!, id, 'approve')).toEqual({ ok: true });
    const log = await c.listAuditLog({ action: 'approve' });
    expect(log.items[0]).toMatchObject({ actor: { displayName: null, email: 'mod@example.test' } });
  });
});
