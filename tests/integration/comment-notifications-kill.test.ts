// Exactly once for comment notifications: two senders at once, and a sender killed mid-run
// (`npm run notifications` as a real child process, SIGKILLed) then run again. The SMTP server
// counts what it accepted; the ledger decides what the re-run sends.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setUpNewsletterWorld, startSmtp, TEST_ENV, tearDownNewsletterWorld } from './newsletter-fixtures';
import { addReaders, permissiveSettings } from './notification-fixtures';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  if (t.provider === 'sqlite') await t.db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await permissiveSettings(t.db);
});

afterAll(() => tearDownNewsletterWorld(smtp, t));

/** `count` readers who each get one reply from a shared replier; returns their addresses. */
async function queueReplies(prefix: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const ids = await addReaders(t.db, [...names, `${prefix}replier`]);
  const { postComment } = await import('../../lib/comments/post-comment');
  for (const name of names) {
    const c = await postComment({ id: ids[name]!, role: 'reader' }, { articleSlug: 'world-a', body: `${name} writes` });
    if (!c.ok) throw new Error(c.message);
    const r = await postComment(
      { id: ids[`${prefix}replier`]!, role: 'reader' },
      { articleSlug: 'world-a', body: `A reply to ${name}`, replyToId: c.commentId },
    );
    if (!r.ok) throw new Error(r.message);
  }
  return names.map((n) => `${n}@example.test`);
}

const countsFor = (addresses: string[]) => addresses.map((a) => smtp.received.filter((r) => r.to === a).length);

function runCommand(killAfterMessages?: number): Promise<number | null> {
  const env = { ...process.env, ...TEST_ENV, DATABASE_URL: t.url, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/notifications.ts'], { env, stdio: 'ignore' });
  const start = smtp.received.length;
  const poll =
    killAfterMessages === undefined
      ? undefined
      : setInterval(() => {
          if (smtp.received.length - start < killAfterMessages) return;
          clearInterval(poll);
          child.kill('SIGKILL');
        }, 2);
  return new Promise((resolve) => child.on('exit', (code) => (clearInterval(poll), resolve(code))));
}

it('two senders at once (two processes and two in one process) send each email once', async () => {
  const addresses = await queueReplies('pair', 30);
  const { deliverNotifications } = await import('../../lib/notifications/deliver-notifications');
  const results = await Promise.all([runCommand(), runCommand(), deliverNotifications(), deliverNotifications()]);
  expect(results.slice(0, 2)).toEqual([0, 0]);
  // Whoever lost the race for the lease may have finished first; make sure nothing is left.
  await deliverNotifications();
  expect(countsFor(addresses)).toEqual(addresses.map(() => 1));
}, 120_000);

it('the ledger hands each due row to one claimer only', async () => {
  await queueReplies('claim', 20);
  const { claimDue } = await import('../../lib/notifications/notification-ledger');
  const [a, b] = await Promise.all([claimDue(20), claimDue(20)]);
  const claimed = [...a, ...b].flatMap((c) => c.ids);
  expect(new Set(claimed).size).toBe(claimed.length);
  expect(claimed).toHaveLength(20);
  // Put them back as a dead sender would leave them, for the next test's sender to settle.
  await t.db.commentNotification.updateMany({ where: { id: { in: claimed } }, data: { status: 'sending' } });
  const { deliverNotifications } = await import('../../lib/notifications/deliver-notifications');
  await deliverNotifications();
  expect(await t.db.commentNotification.count({ where: { id: { in: claimed }, status: 'sent' } })).toBe(20);
});

it('killed (SIGKILL) mid-run and run again, nobody gets an email twice and the rest are sent', async () => {
  const addresses = await queueReplies('kill', 60);
  await runCommand(15);
  const afterKill = smtp.received.length;
  expect(countsFor(addresses).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(15);
  expect(countsFor(addresses).reduce((a, b) => a + b, 0)).toBeLessThan(60);
  expect(await runCommand()).toBe(0);
  expect(await runCommand()).toBe(0);
  const counts = countsFor(addresses);
  expect(Math.max(...counts)).toBe(1);
  // At most the one message in flight at the kill is undecided (unknown), and never resent.
  const rows = await t.db.commentNotification.findMany({
    where: { recipient: { email: { in: addresses } } },
    select: { status: true, recipient: { select: { email: true } } },
  });
  const unknown = rows.filter((r) => r.status === 'unknown');
  expect(unknown.length).toBeLessThanOrEqual(1);
  expect(rows.filter((r) => r.status === 'sent')).toHaveLength(60 - unknown.length);
  for (const r of rows) {
    const n = counts[addresses.indexOf(r.recipient.email)];
    if (r.status === 'sent') expect([r.recipient.email, n]).toEqual([r.recipient.email, 1]);
  }
  expect(smtp.received.length).toBeGreaterThanOrEqual(afterKill);
}, 180_000);
