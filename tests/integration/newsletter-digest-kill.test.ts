// `npm run digest` killed halfway and re-run: the sender runs as a real child process, the
// test SMTP server counts what it accepted, and the ledger decides what the re-run sends.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { addSubscribers, setUpNewsletterWorld, startSmtp, TEST_ENV } from './newsletter-fixtures';

const WORKERS = 8;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  // WAL, as `npm start` leaves a SQLite database: a commit per message stays cheap.
  if (t.provider === 'sqlite') await t.db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await t.db.newsletterSettings.create({
    data: { id: 1, isSchedulerEnabled: false, maxConnections: WORKERS, messagesPerSecond: 1000 },
  });
});

afterAll(async () => {
  await smtp.close();
  await t.cleanup();
  vi.unstubAllEnvs();
});

// Plain node with the tsx loader, not the tsx CLI: the CLI is a wrapper process, and a SIGKILL
// must hit the sender itself.
type Kill = { signal: NodeJS.Signals } & ({ at: number } | { afterMs: number; fromFirstMessage: boolean });

/** Runs the digest command; kills it with `signal` after `at` messages or `afterMs` milliseconds. */
function runDigestCommand(frequency: string, kill?: Kill): Promise<number | null> {
  const env = { ...process.env, ...TEST_ENV, DATABASE_URL: t.url, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/digest.ts', '--frequency', frequency], {
    env,
    stdio: 'ignore',
  });
  const start = smtp.received.length;
  let poll: NodeJS.Timeout | undefined;
  let timer: NodeJS.Timeout | undefined;
  const killNow = () => (clearInterval(poll), child.kill(kill!.signal));
  if (kill && 'at' in kill) {
    poll = setInterval(() => smtp.received.length - start >= kill.at && killNow(), 2);
  } else if (kill && !kill.fromFirstMessage) {
    timer = setTimeout(killNow, kill.afterMs);
  } else if (kill) {
    poll = setInterval(() => {
      if (smtp.received.length === start) return;
      clearInterval(poll);
      timer = setTimeout(killNow, kill.afterMs);
    }, 2);
  }
  return new Promise((resolve) =>
    child.on('exit', (code) => (clearInterval(poll), clearTimeout(timer), resolve(code))),
  );
}

const countPerAddress = (from: number) => {
  const counts = new Map<string, number>();
  for (const r of smtp.received.slice(from)) counts.set(r.to, (counts.get(r.to) ?? 0) + 1);
  return counts;
};

it('stopped halfway (SIGTERM) and re-run, it delivers exactly one digest to every subscriber', async () => {
  const emails = Array.from({ length: 300 }, (_, i) => `daily${i}@example.test`);
  await addSubscribers(t.db, emails);
  expect(await runDigestCommand('daily', { at: 120, signal: 'SIGTERM' })).toBe(3);
  const afterStop = smtp.received.length;
  expect(afterStop).toBeGreaterThanOrEqual(120);
  expect(afterStop).toBeLessThan(300);
  expect(await runDigestCommand('daily')).toBe(0);
  const counts = countPerAddress(0);
  expect(counts.size).toBe(300);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
  expect(await runDigestCommand('daily')).toBe(0);
  expect(smtp.received).toHaveLength(300);
}, 120_000);

// Issue #8: killed at random points in a 2,000-subscriber run, re-run until done. The delays come
// from a seeded generator; DIGEST_KILL_SEED=<printed seed> replays a failing run.
it('killed outright (SIGKILL) at random points and re-run until done, nobody gets the digest twice and only an in-flight end of message can be lost', async () => {
  const seed = Number(process.env.DIGEST_KILL_SEED ?? crypto.randomInt(2 ** 31));
  console.log(`digest kill test: DIGEST_KILL_SEED=${seed}`);
  const random = seededRandom(seed);
  const emails = Array.from({ length: 2000 }, (_, i) => `weekly${i}@example.test`);
  await addSubscribers(t.db, emails, { frequency: 'weekly' });
  await addSubscribers(t.db, ['weekly-pending1@example.test', 'weekly-pending2@example.test'], {
    frequency: 'weekly',
    status: 'pending',
  });
  const from = smtp.received.length;

  // Each kill lands a random time after that run's first message reached the server (mid-send);
  // the first one counts from the spawn instead, so start-up and the ledger write can be hit too.
  const kills = 4;
  let leaving: string[] = [];
  for (let i = 0; i < kills; i++) {
    const delayMs = Math.floor(random() * (i === 0 ? 2500 : 1200));
    await runDigestCommand('weekly', { afterMs: delayMs, fromFirstMessage: i > 0, signal: 'SIGKILL' });
    // Between runs, a few readers whose digest has not gone yet leave (the real unsubscribe).
    if (i === 1) leaving = await unsubscribeSomeQueued(10);
  }
  const exits: (number | null)[] = [];
  for (let i = 0; i < 5 && exits.at(-1) !== 0; i++) exits.push(await runDigestCommand('weekly'));
  expect(exits.at(-1)).toBe(0);
  expect(await runDigestCommand('weekly')).toBe(0); // "already sent": sends nothing

  const counts = countPerAddress(from);
  const ledger = await t.db.digestDelivery.findMany({
    where: { digest: { frequency: 'weekly' } },
    select: { status: true, subscriberId: true },
  });
  const byId = new Map(
    (await t.db.subscriber.findMany({ select: { id: true, email: true } })).map((s) => [s.id, s.email]),
  );
  const unknown = ledger.filter((d) => d.status === 'unknown');
  const unknownReceived = unknown.filter((d) => counts.has(byId.get(d.subscriberId) ?? ''));
  console.log(
    `digest kill test: ${smtp.received.length - from} messages, ${unknown.length} unknown (${unknownReceived.length} of them received, ${unknown.length - unknownReceived.length} lost)`,
  );

  expect(Math.max(...counts.values())).toBe(1);
  expect(counts.has('weekly-pending1@example.test') || counts.has('weekly-pending2@example.test')).toBe(false);
  for (const email of leaving) expect(counts.has(email), email).toBe(false);
  expect(ledger).toHaveLength(2000);
  expect(ledger.filter((d) => d.status === 'skipped')).toHaveLength(leaving.length);
  // Every reader who stayed got exactly one copy, except that a message caught between writing
  // "delivering" and recording the reply (at most one per connection per kill) is left unknown
  // and not resent. Its end-of-data mark follows "delivering" at once, so it almost always
  // arrived; a kill in between loses it. No SMTP client can close that gap (RFC 1047): the
  // database and the mail server cannot commit together. On SQLite it is a few microseconds of
  // our own code; on PostgreSQL it also spans the commit's round trip, so losses show up there.
  const sent = ledger.filter((d) => d.status === 'sent');
  expect(sent.length + unknown.length + leaving.length).toBe(2000);
  for (const d of sent) expect(counts.get(byId.get(d.subscriberId)!), byId.get(d.subscriberId)!).toBe(1);
  expect(unknown.length).toBeLessThanOrEqual(kills * WORKERS);
  expect(counts.size).toBe(sent.length + unknownReceived.length);
}, 120_000);

/** Unsubscribes `n` readers whose weekly delivery is still queued; returns their addresses. */
async function unsubscribeSomeQueued(n: number): Promise<string[]> {
  const rows = await t.db.digestDelivery.findMany({
    where: { status: 'queued', digest: { frequency: 'weekly' } },
    take: n,
    select: { subscriber: { select: { id: true, email: true } } },
  });
  const { unsubscribeSubscriber } = await import('../../lib/newsletter/subscription/unsubscribe');
  for (const r of rows) await unsubscribeSubscriber(r.subscriber.id);
  return rows.map((r) => r.subscriber.email!);
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}
