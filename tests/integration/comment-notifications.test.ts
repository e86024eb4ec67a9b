// Reply, approval and report emails through the real ledger and sender, on a real database,
// read back from a real SMTP server on loopback (docs/0014-comment-notifications.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawHeader, setUpNewsletterWorld, startSmtp, tearDownNewsletterWorld } from './newsletter-fixtures';
import { addReaders, mailFor, permissiveSettings } from './notification-fixtures';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;
let ids: Record<string, string>;
let lib: typeof import('../../lib/comments/post-comment') &
  typeof import('../../lib/comments/report-comment') &
  typeof import('../../lib/moderation/moderate-comment') &
  typeof import('../../lib/notifications/deliver-notifications') &
  typeof import('../../lib/notifications/set-notification-preferences');

const SITE = 'https://news.example.test';
const as = (name: string) => ({ id: ids[name]!, role: name === 'mod' ? 'moderator' : 'reader' });

async function post(name: string, body: string, replyToId?: string, slug = 'world-a') {
  const r = await lib.postComment(as(name), { articleSlug: slug, body, replyToId });
  if (!r.ok) throw new Error(r.message);
  return r;
}

async function send(now?: Date) {
  const summary = await lib.deliverNotifications(now ? { now: () => now } : {});
  expect(summary.status).toBe('done');
  return summary;
}

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  await permissiveSettings(t.db, { reportAlertThreshold: 2, reportHoldThreshold: 10 });
  ids = {
    ...(await addReaders(t.db, ['ada', 'ben', 'cal', 'eve', 'fay', 'gus', 'hal', 'ivy'])),
    ...(await addReaders(t.db, ['mod'], 'moderator')),
  };
  lib = {
    ...(await import('../../lib/comments/post-comment')),
    ...(await import('../../lib/comments/report-comment')),
    ...(await import('../../lib/moderation/moderate-comment')),
    ...(await import('../../lib/notifications/deliver-notifications')),
    ...(await import('../../lib/notifications/set-notification-preferences')),
  };
});

afterAll(() => tearDownNewsletterWorld(smtp, t));

describe('reply notifications', () => {
  it('emails the author once, saying who replied, quoting it, linking to the reply', async () => {
    const start = smtp.received.length;
    const original = await post('ada', 'The bridge reopening is overdue.');
    const reply = await post('ben', 'Overdue, but the ferry was a fine stopgap.', original.commentId);
    await send();
    await send(); // a second run finds nothing to send
    const mails = await mailFor(smtp.received, 'ada@example.test', start);
    expect(mails).toHaveLength(1);
    const { mail, raw } = mails[0]!;
    expect(mail.subject).toContain('ben replied to your comment');
    expect(mail.text).toContain('Overdue, but the ferry was a fine stopgap.');
    expect(mail.text).toContain('The bridge reopening is overdue.');
    const link = `${SITE}/articles/world-a?comment=${reply.commentId}#comment-${reply.commentId}`;
    expect(mail.html).toContain(link.replace('&', '&amp;'));
    expect(rawHeader(raw, 'List-Unsubscribe')).toMatch(
      /^<https:\/\/news\.example\.test\/notifications\/unsubscribe\/replies\?token=[\w.-]+>$/,
    );
    expect(rawHeader(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(rawHeader(raw, 'List-Id')).toBe('Dispatch comment replies <replies.comments.news.example.test>');
    expect(smtp.received.slice(start).filter((r) => r.to === 'ben@example.test')).toHaveLength(0);
  });

  it('never notifies the replier about their own reply', async () => {
    const start = smtp.received.length;
    const own = await post('cal', 'A first thought of mine.');
    await post('cal', 'And a second thought, replying to myself.', own.commentId);
    await send();
    expect(smtp.received.slice(start)).toHaveLength(0);
  });

  it('sends nothing for a held reply until a moderator approves it; then the reply and the approval', async () => {
    const start = smtp.received.length;
    const original = await post('hal', 'Hal’s view on the timetable.');
    const held = await post('ivy', 'I say holdme to that timetable.', original.commentId);
    expect(held.status).toBe('pending');
    await send();
    expect(smtp.received.slice(start)).toHaveLength(0);
    expect(await lib.moderateComment(as('mod'), held.commentId, 'approve')).toEqual({ ok: true });
    await send();
    const toHal = await mailFor(smtp.received, 'hal@example.test', start);
    expect(toHal.map((m) => m.mail.subject)).toEqual([expect.stringContaining('ivy replied')]);
    const toIvy = await mailFor(smtp.received, 'ivy@example.test', start);
    expect(toIvy).toHaveLength(1);
    expect(toIvy[0]!.mail.subject).toContain('is published');
    expect(toIvy[0]!.mail.text).toContain('I say holdme to that timetable.');
    expect(rawHeader(toIvy[0]!.raw, 'List-Unsubscribe')).toContain('/notifications/unsubscribe/approvals?token=');
    // Approving again (or re-running) sends nothing more.
    await lib.moderateComment(as('mod'), held.commentId, 'approve');
    await send();
    expect(smtp.received.length - start).toBe(2);
  });

  it('sends nothing to a banned reader or to an account deleted before sending', async () => {
    const start = smtp.received.length;
    const byCal = await post('cal', 'Cal writes before the ban.', undefined, 'world-b');
    await t.db.user.update({ where: { id: ids.cal! }, data: { bannedAt: new Date() } });
    await post('ben', 'Ben answers a banned reader.', byCal.commentId, 'world-b');
    const byEve = await post('eve', 'Eve writes, then leaves.', undefined, 'world-b');
    await post('ben', 'Ben answers Eve.', byEve.commentId, 'world-b');
    const { deleteUser } = await import('../../lib/accounts/delete-user');
    await deleteUser(ids.eve!);
    await send();
    expect(smtp.received.slice(start)).toHaveLength(0);
  });

  it('batches a daily reader’s replies into one summary, sent once that day', async () => {
    await lib.setNotificationPreferences(ids.fay!, { replies: 'daily' });
    const start = smtp.received.length;
    const original = await post('fay', 'Fay wonders about the tolls.', undefined, 'science-a');
    await post('ben', 'Ben: the tolls stay.', original.commentId, 'science-a');
    await post('gus', 'Gus: the tolls go in spring.', original.commentId, 'science-a');
    // Rows waiting for their hour are not work: a run takes no lease, so another sender's lease
    // does not make it "busy" (every instance runs this each minute).
    const elsewhere = {
      name: 'comment-notifications',
      holder: 'elsewhere:1:x',
      expiresAt: new Date(Date.now() + 60_000),
    };
    await t.db.jobLease.create({ data: elsewhere });
    await send();
    await t.db.jobLease.delete({ where: { name: elsewhere.name } });
    expect(smtp.received.slice(start)).toHaveLength(0); // not due until the summary hour
    const tomorrow = new Date(Date.now() + 36 * 3600_000);
    await send(tomorrow);
    await send(tomorrow);
    const mails = await mailFor(smtp.received, 'fay@example.test', start);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.mail.subject).toBe('2 replies to your comments today');
    expect(mails[0]!.mail.text).toContain('Ben: the tolls stay.');
    expect(mails[0]!.mail.text).toContain('Gus: the tolls go in spring.');
  });

  it('turns replies off with the one-click link, and nothing more is sent', async () => {
    const { turnOffByToken } = await import('../../lib/notifications/turn-off-by-token');
    const { createNotificationToken } = await import('../../lib/notifications/notification-tokens');
    const token = createNotificationToken(process.env.AUTH_SECRET!, 'reply', ids.ada!);
    expect(await turnOffByToken('approvals', token)).toBeNull(); // a replies token is for replies only
    expect(await turnOffByToken('replies', token)).toBe('reply');
    expect(await turnOffByToken('replies', token)).toBe('reply'); // idempotent
    const start = smtp.received.length;
    const original = await post('ada', 'Ada, now without reply emails.', undefined, 'sport-a');
    await post('ben', 'Ben replies anyway.', original.commentId, 'sport-a');
    await send();
    expect(smtp.received.slice(start)).toHaveLength(0);
  });
});

describe('report alerts', () => {
  it('emails each moderator once when a comment reaches the threshold', async () => {
    const start = smtp.received.length;
    const target = await post('gus', 'A comment people will report.', undefined, 'business-a');
    await lib.reportComment(as('ben'), target.commentId, { rule: 'spam' });
    await send();
    expect(smtp.received.slice(start)).toHaveLength(0);
    await lib.reportComment(as('hal'), target.commentId, { rule: 'spam' });
    await lib.reportComment(as('ivy'), target.commentId, { rule: 'spam' });
    await send();
    const mails = await mailFor(smtp.received, 'mod@example.test', start);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.mail.text).toContain('A comment people will report.');
    expect(smtp.received.length - start).toBe(1);
  });
});
