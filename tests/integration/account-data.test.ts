import fs from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { useLibDatabase } from '../helpers/lib-database';

// Issue 13: "Download my data" holds everything about the reader; "Delete my account" removes
// their words and their address, not only the user row.
const EMAIL = 'leaver@example.test';
const WORDS = [
  'My first thoughts, unedited',
  'My second thoughts, edited',
  'A pending squidword remark',
  'Report note by the leaver',
];
const SECRETS = [
  'session-token-secret',
  'oauth-access-secret',
  'oauth-refresh-secret',
  'oauth-id-token-secret',
  'verification-hash-secret',
  'claim-token-secret',
];

/** Models in prisma/schema.prisma with a relation field to User. */
function modelsReferencingUser(): string[] {
  const schema = fs.readFileSync('prisma/schema.prisma', 'utf8');
  const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
  return models
    .filter(([, name, body]) => name !== 'User' && /^\s+\w+\s+User(\?|\[\])?(\s|$)/m.test(body!))
    .map(([, name]) => name!);
}

describe('account data: export and deletion', () => {
  const database = useLibDatabase();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    vi.stubEnv('AUTH_SECRET', 'x'.repeat(40));
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
        suspectWords: 'squidword',
      },
    });
    for (const name of ['leaver', 'other', 'mod']) {
      const u = await db.user.create({
        data: {
          email: `${name}@example.test`,
          role: name === 'mod' ? 'moderator' : 'reader',
          displayName: name,
          displayNameKey: name,
          policyVersion: '1.0',
          policyAcceptedAt: new Date(),
        },
      });
      ids[name] = u.id;
    }
    const leaver = { id: ids.leaver!, role: 'reader' };
    const other = { id: ids.other!, role: 'reader' };
    const { postComment } = await import('../../lib/comments/post-comment');
    const { editComment } = await import('../../lib/comments/edit-comment');
    const { recommendComment } = await import('../../lib/comments/recommend-comment');
    const { reportComment } = await import('../../lib/comments/report-comment');
    const { actOnUser } = await import('../../lib/moderation/act-on-user');
    const posted = async (r: Awaited<ReturnType<typeof postComment>>) => {
      if (!r.ok) throw new Error(r.message);
      return r.commentId;
    };
    ids.first = await posted(await postComment(leaver, { articleSlug: 'story', body: WORDS[0]! }));
    ids.reply = await posted(
      await postComment(other, { articleSlug: 'story', body: 'A reply that stays readable', replyToId: ids.first }),
    );
    ids.second = await posted(await postComment(leaver, { articleSlug: 'story', body: 'My second thoughts' }));
    expect(await editComment(leaver, ids.second, WORDS[1]!)).toMatchObject({ ok: true });
    ids.held = await posted(await postComment(leaver, { articleSlug: 'story', body: WORDS[2]! }));
    ids.others = await posted(await postComment(other, { articleSlug: 'story', body: 'Something by another reader' }));
    expect(await recommendComment(leaver, ids.others, true)).toMatchObject({ ok: true });
    expect(await reportComment(leaver, ids.others, { rule: 'spam', note: WORDS[3] })).toEqual({ ok: true });
    expect(await recommendComment(other, ids.first, true)).toMatchObject({ ok: true });
    // The reply above queued a reply email to the leaver; their email choices get a row too.
    const { setNotificationPreferences } = await import('../../lib/notifications/set-notification-preferences');
    await setNotificationPreferences(ids.leaver!, { approvals: false });
    expect(
      await actOnUser({ id: ids.mod!, role: 'moderator' }, ids.leaver!, 'warn', { reason: 'Please keep it civil' }),
    ).toEqual({ ok: true });

    await db.session.create({
      data: { userId: ids.leaver!, sessionToken: SECRETS[0]!, expires: new Date(Date.now() + 86_400_000) },
    });
    await db.account.create({
      data: {
        userId: ids.leaver!,
        type: 'oauth',
        provider: 'github',
        providerAccountId: '4242',
        access_token: SECRETS[1],
        refresh_token: SECRETS[2],
        id_token: SECRETS[3],
      },
    });
    await db.verificationToken.create({
      data: { identifier: EMAIL, token: SECRETS[4]!, expires: new Date(Date.now() + 600_000) },
    });
    const { emailKeyOf } = await import('../../lib/newsletter/subscription/email-key');
    const subscriber = await db.subscriber.create({
      data: {
        emailKey: emailKeyOf(EMAIL),
        email: EMAIL,
        status: 'active',
        frequency: 'weekly',
        sections: 'world',
        userId: ids.leaver!,
        confirmedAt: new Date(),
      },
    });
    ids.subscriber = subscriber.id;
    const digest = await db.digest.create({
      data: {
        frequency: 'weekly',
        slot: '2026-W01',
        periodStart: new Date(0),
        periodEnd: new Date(),
        subject: 'Your weekly Dispatch',
        articleIds: '',
      },
    });
    await db.digestDelivery.create({
      data: {
        digestId: digest.id,
        subscriberId: subscriber.id,
        status: 'sent',
        sentAt: new Date(),
        smtpResponse: `250 accepted for <${EMAIL}>`,
      },
    });
    const next = await db.digest.create({
      data: {
        frequency: 'weekly',
        slot: '2026-W02',
        periodStart: new Date(),
        periodEnd: new Date(),
        subject: 'Next week',
        articleIds: '',
      },
    });
    await db.digestDelivery.create({
      data: { digestId: next.id, subscriberId: subscriber.id, status: 'queued', claimToken: SECRETS[5] },
    });
  });

  it('exports everything stored about the reader, without tokens or secrets', async () => {
    const { exportUserData } = await import('../../lib/accounts/export-user-data');
    const data = await exportUserData(ids.leaver!);
    const json = JSON.stringify(data);
    for (const words of WORDS) expect(json).toContain(words);
    expect(json).toContain('My second thoughts"'); // the text before the edit
    expect(json).toContain('Please keep it civil');
    expect(json).toContain('Your weekly Dispatch');
    expect(data).toMatchObject({
      account: { email: EMAIL, displayName: 'leaver', policyVersion: '1.0' },
      newsletter: { email: EMAIL, status: 'active', frequency: 'weekly' },
      commentEmailSettings: { replies: 'immediate', approvals: false },
      commentEmails: [{ kind: 'reply', commentId: ids.reply, status: 'queued' }],
    });
    for (const secret of SECRETS) expect(json).not.toContain(secret);
    expect(json).not.toContain('emailKey');
  });

  it('has a section for every table that references a reader (a new one cannot be forgotten)', async () => {
    const { exportUserData, EXPORT_SECTIONS } = await import('../../lib/accounts/export-user-data');
    const referencing = modelsReferencingUser();
    expect(referencing).toEqual(
      expect.arrayContaining([
        'Account',
        'Session',
        'Comment',
        'CommentReport',
        'CommentRecommendation',
        'ModerationAction',
        'Subscriber',
      ]),
    );
    const data = (await exportUserData(ids.leaver!)) as Record<string, unknown>;
    for (const model of referencing) {
      const section = (EXPORT_SECTIONS as Record<string, string | undefined>)[model];
      expect([model, section]).toEqual([model, expect.any(String)]);
      const value = data[section!];
      expect([model, Array.isArray(value) ? value.length > 0 : value != null]).toEqual([model, true]);
    }
  });

  it('deletes the account: words, history, reports and address gone, replies still readable', async () => {
    const { db } = database();
    const before = {
      others: await db.comment.findUniqueOrThrow({ where: { id: ids.others! } }),
      subscriber: await db.subscriber.findUniqueOrThrow({ where: { id: ids.subscriber! } }),
    };
    expect(before.others).toMatchObject({ recommendCount: 1, reportCount: 1 });
    const { deleteUser } = await import('../../lib/accounts/delete-user');
    const removed = await deleteUser(ids.leaver!);
    expect(removed).toMatchObject({ comments: 3, newsletter: true });

    expect(await db.user.count({ where: { id: ids.leaver! } })).toBe(0);
    expect(await db.session.count({ where: { userId: ids.leaver! } })).toBe(0);
    expect(await db.commentNotification.count({ where: { recipientId: ids.leaver! } })).toBe(0);
    expect(await db.commentNotificationSettings.count({ where: { userId: ids.leaver! } })).toBe(0);
    for (const id of [ids.first!, ids.second!, ids.held!]) {
      expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({
        isDeleted: true,
        body: '',
        authorId: null,
        reasons: null,
      });
      expect(await db.commentEdit.count({ where: { commentId: id } })).toBe(0);
    }
    expect(await db.commentReport.count({ where: { commentId: ids.others! } })).toBe(0);
    expect(await db.commentRecommendation.count({ where: { commentId: ids.others! } })).toBe(0);
    expect(await db.comment.findUniqueOrThrow({ where: { id: ids.others! } })).toMatchObject({
      recommendCount: 0,
      reportCount: 0,
      body: 'Something by another reader',
    });

    // The newsletter ends; only the keyed hash that keeps it ended stays.
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { id: ids.subscriber! } });
    expect(subscriber).toMatchObject({
      status: 'unsubscribed',
      email: null,
      userId: null,
      sections: '',
      emailKey: before.subscriber.emailKey,
    });
    expect(await db.digestDelivery.count({ where: { subscriberId: ids.subscriber!, status: 'queued' } })).toBe(0);

    const { listComments } = await import('../../lib/comments/list-comments');
    const view = (await listComments('story', null, 'oldest'))!;
    const tombstone = view.threads.find((t) => t.id === ids.first)!;
    expect(tombstone).toMatchObject({ isDeleted: true, body: '' });
    expect(tombstone.replies.map((r) => r.body)).toEqual(['A reply that stays readable']);
    expect(view.threads.some((t) => t.id === ids.second)).toBe(false);

    // Nothing the reader wrote, and not their address, is left anywhere in the database.
    const tables = [
      'user',
      'account',
      'session',
      'verificationToken',
      'comment',
      'commentEdit',
      'commentRecommendation',
      'commentReport',
      'moderationAction',
      'subscriber',
      'digestDelivery',
    ] as const;
    for (const table of tables) {
      const rows = JSON.stringify(await (db[table] as unknown as { findMany: () => Promise<unknown[]> }).findMany());
      for (const text of [EMAIL, ...WORDS, 'My second thoughts', 'squidword'])
        expect([table, rows.includes(text)]).toEqual([table, false]);
    }
  });
});
