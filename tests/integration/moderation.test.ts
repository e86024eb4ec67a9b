import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { createTestDatabase } from '../helpers/test-database';

// Moderation through the same server functions the moderator pages call, on a real database,
// with rejection emails going to a real SMTP server on loopback.
describe('moderation', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let smtp: SMTPServer;
  const inbox: Awaited<ReturnType<typeof simpleParser>>[] = [];
  const people: Record<string, { id: string; role: string }> = {};
  let m: typeof import('../../lib/moderation/moderate-comment') &
    typeof import('../../lib/moderation/act-on-user') &
    typeof import('../../lib/moderation/update-settings') &
    typeof import('../../lib/moderation/set-article-mode') &
    typeof import('../../lib/comments/post-comment');

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _s, cb) {
        simpleParser(stream).then((mail) => {
          inbox.push(mail);
          cb();
        }, cb);
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    const port = (smtp.server.address() as { port: number }).port;
    t = await createTestDatabase();
    process.env.DATABASE_URL = t.url;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    process.env.SITE_URL = 'https://news.example.test';
    process.env.AUTH_SECRET = 'x'.repeat(40);
    const dir = makeContentDir();
    writeArticle(dir, { slug: 'story', publishedAt: new Date().toISOString() });
    await importContent(t.db, dir);
    await t.db.moderationSettings.create({
      data: { id: 1, postsPer15Seconds: 1000, postsPerHour: 1000, newCommenterHoldCount: 0, linkHoldMinApproved: 0 },
    });
    for (const [name, role] of [
      ['admin', 'admin'],
      ['mod', 'moderator'],
      ['reader', 'reader'],
      ['author', 'reader'],
    ] as const) {
      const u = await t.db.user.create({
        data: {
          email: `${name}@example.test`,
          role,
          displayName: `${name} person`,
          displayNameKey: `${name} person`,
          policyVersion: '1.0',
        },
      });
      people[name] = { id: u.id, role };
    }
    m = {
      ...(await import('../../lib/moderation/moderate-comment')),
      ...(await import('../../lib/moderation/act-on-user')),
      ...(await import('../../lib/moderation/update-settings')),
      ...(await import('../../lib/moderation/set-article-mode')),
      ...(await import('../../lib/comments/post-comment')),
    };
  });
  afterAll(async () => {
    const { closeMailTransport } = await import('../../lib/mail/mail-transport');
    closeMailTransport();
    const { db } = await import('../../lib/db');
    await db.$disconnect();
    await t.cleanup();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  const post = async (body: string) => {
    const r = await m.postComment(people.author!, { articleSlug: 'story', body });
    if (!r.ok) throw new Error(r.message);
    return r.commentId;
  };

  it('refuses anonymous readers and readers for every moderation function, and moderators for admin ones', async () => {
    const id = await post('Something to moderate');
    const calls: [
      string,
      (actor: { id: string; role: string } | null) => Promise<{ ok: boolean; code?: string }>,
      'moderator' | 'admin',
    ][] = [
      ['approve', (a) => m.moderateComment(a, id, 'approve'), 'moderator'],
      ['reject', (a) => m.moderateComment(a, id, 'reject', { rule: 'civility' }), 'moderator'],
      ['feature', (a) => m.moderateComment(a, id, 'feature'), 'moderator'],
      ['unfeature', (a) => m.moderateComment(a, id, 'unfeature'), 'moderator'],
      ['bulk', (a) => m.moderateComments(a, [id], 'approve'), 'moderator'],
      ['warn', (a) => m.actOnUser(a, people.author!.id, 'warn', { reason: 'Please be kind' }), 'moderator'],
      ['suspend', (a) => m.actOnUser(a, people.author!.id, 'suspend', { reason: 'Cool off', days: 1 }), 'moderator'],
      ['ban', (a) => m.actOnUser(a, people.author!.id, 'ban', { reason: 'Enough' }), 'moderator'],
      ['unban', (a) => m.actOnUser(a, people.author!.id, 'unban', {}), 'moderator'],
      ['settings', (a) => m.updateModerationSettings(a, { mode: 'pre' }), 'admin'],
      ['article-mode', (a) => m.setArticleModerationMode(a, { slug: 'story', mode: 'pre' }), 'moderator'],
    ];
    const before = await t.db.moderationAction.count();
    for (const [name, call, needed] of calls) {
      expect([name, (await call(null)).code]).toEqual([name, 'unauthenticated']);
      expect([name, (await call(people.reader!)).code]).toEqual([name, 'forbidden']);
      if (needed === 'admin') expect([name, (await call(people.mod!)).code]).toEqual([name, 'forbidden']);
    }
    expect(await t.db.moderationAction.count()).toBe(before);
  });

  it('writes one audit row per action, and emails the author of a rejected comment citing the rule', async () => {
    const id = await post('You are all fools.');
    const before = await t.db.moderationAction.count();
    expect(await m.moderateComment(people.mod!, id, 'reject', { rule: 'nonsense' })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(
      await m.moderateComment(people.mod!, id, 'reject', { rule: 'civility', note: 'Argue with the point.' }),
    ).toEqual({ ok: true });
    expect(await t.db.moderationAction.count()).toBe(before + 1);
    const row = await t.db.comment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: 'rejected',
      rejectRule: 'civility',
      rejectNote: 'Argue with the point.',
      moderatedById: people.mod!.id,
    });
    await expect.poll(() => inbox.length, { timeout: 10_000 }).toBe(1);
    const mail = inbox[0]!;
    expect(mail.to).toMatchObject({ value: [{ address: 'author@example.test' }] });
    expect(mail.text).toContain('“Be civil”');
    expect(mail.text).toContain('https://news.example.test/comment-policy#civility');
    expect(mail.text).toContain('Argue with the point.');
    expect(mail.html).toContain('Be civil');

    const ok = await post('A fine contribution');
    for (const d of ['feature', 'unfeature', 'approve'] as const)
      expect(await m.moderateComment(people.mod!, ok, d)).toEqual({ ok: true });
    expect(await t.db.moderationAction.count()).toBe(before + 4);
  });

  it('suspension blocks posting until it ends; a ban until lifted; moderators cannot act on themselves', async () => {
    expect(await m.actOnUser(people.mod!, people.mod!.id, 'ban', { reason: 'self' })).toMatchObject({
      code: 'forbidden',
    });
    expect(await m.actOnUser(people.mod!, people.author!.id, 'suspend', { reason: 'Cool off', days: 0 })).toMatchObject(
      { code: 'invalid' },
    );
    const now = new Date();
    expect(await m.actOnUser(people.mod!, people.author!.id, 'suspend', { reason: 'Cool off', days: 2 }, now)).toEqual({
      ok: true,
    });
    const blocked = await m.postComment(people.author!, { articleSlug: 'story', body: 'Can I still talk?' }, now);
    expect(blocked).toMatchObject({
      ok: false,
      code: 'suspended',
      message: expect.stringContaining('suspended from commenting until'),
    });
    const later = new Date(now.getTime() + 3 * 24 * 3600 * 1000);
    await t.db.article.update({ where: { slug: 'story' }, data: { publishedAt: later } });
    expect(
      await m.postComment(people.author!, { articleSlug: 'story', body: 'Back again, politely.' }, later),
    ).toMatchObject({ ok: true });
    expect(await m.actOnUser(people.mod!, people.author!.id, 'ban', { reason: 'Repeated abuse' })).toEqual({
      ok: true,
    });
    expect(await m.postComment(people.author!, { articleSlug: 'story', body: 'Let me in' }, later)).toMatchObject({
      code: 'suspended',
      message: expect.stringContaining('banned'),
    });
    expect(await m.actOnUser(people.mod!, people.author!.id, 'unban', {})).toEqual({ ok: true });
    expect(
      await m.postComment(people.author!, { articleSlug: 'story', body: 'Thank you for the second chance' }, later),
    ).toMatchObject({ ok: true });
    const actions = await t.db.moderationAction.findMany({
      where: { targetUserId: people.author!.id, action: { in: ['suspend', 'ban', 'unban'] } },
      orderBy: { createdAt: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual(['suspend', 'ban', 'unban']);
  });

  it('pre-moderates one article when a moderator says so', async () => {
    expect(await m.setArticleModerationMode(people.mod!, { slug: 'nope', mode: 'pre' })).toMatchObject({
      code: 'not-found',
    });
    expect(await m.setArticleModerationMode(people.mod!, { slug: 'story', mode: 'pre' })).toEqual({ ok: true });
    expect(await m.postComment(people.reader!, { articleSlug: 'story', body: 'Held on a heated story' })).toMatchObject(
      { ok: true, status: 'pending' },
    );
    expect(await m.setArticleModerationMode(people.mod!, { slug: 'story', mode: 'default' })).toEqual({ ok: true });
    expect(await m.postComment(people.reader!, { articleSlug: 'story', body: 'Back to normal' })).toMatchObject({
      ok: true,
      status: 'approved',
    });
  });

  it('lets admins change settings, validated, with the change logged', async () => {
    expect(await m.updateModerationSettings(people.admin!, { mode: 'sideways' })).toMatchObject({ code: 'invalid' });
    const settings = await t.db.moderationSettings.findUniqueOrThrow({ where: { id: 1 } });
    const { id: _i, updatedAt: _u, ...current } = settings;
    expect(
      await m.updateModerationSettings(people.admin!, {
        ...current,
        postsPer15Seconds: 10,
        mode: 'pre',
        reportHoldThreshold: '5',
      }),
    ).toEqual({ ok: true });
    expect(await t.db.moderationSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      mode: 'pre',
      reportHoldThreshold: 5,
    });
    const log = await t.db.moderationAction.findFirstOrThrow({ where: { action: 'settings' } });
    expect(log.note).toBe('Changed: mode, reportHoldThreshold, postsPer15Seconds');
  });
});
