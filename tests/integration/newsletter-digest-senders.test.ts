// Several senders on one digest (`npm run digest -- --workers 2`, docs/0018): real child
// processes, a real SMTP server counting what it accepted, kills of one sender and of all of
// them, and the ledger deciding who sends what. On SQLite and, with TEST_DATABASE=postgresql,
// on PostgreSQL (where claims use FOR UPDATE SKIP LOCKED).
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { addSubscribers, setUpNewsletterWorld, startSmtp, TEST_ENV } from './newsletter-fixtures';

const CONNECTIONS = 4; // in all: each of the two senders opens 2
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  if (t.provider === 'sqlite') await t.db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await t.db.newsletterSettings.create({
    data: { id: 1, isSchedulerEnabled: false, maxConnections: CONNECTIONS, messagesPerSecond: 1000 },
  });
});

afterAll(async () => {
  await smtp.close();
  await t.cleanup();
  vi.unstubAllEnvs();
});

/** `npm run digest -- --workers 2` in a process group of its own, so a test can kill it whole. */
function startDigest(frequency: string) {
  const env = { ...process.env, ...TEST_ENV, DATABASE_URL: t.url, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` };
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/digest.ts', '--frequency', frequency, '--workers', '2'],
    { env, stdio: 'ignore', detached: true },
  );
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, killAll: () => process.kill(-child.pid!, 'SIGKILL') };
}

const senderPids = (parent: number) =>
  execFileSync('ps', ['-o', 'pid=', '--ppid', String(parent)], { encoding: 'utf8' })
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter(Boolean);

/** Polls (never sleeps blindly) until `check` holds. */
async function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const countPerAddress = (from: number) => {
  const counts = new Map<string, number>();
  for (const r of smtp.received.slice(from)) counts.set(r.to, (counts.get(r.to) ?? 0) + 1);
  return counts;
};

/** Each ledger row against what the SMTP server counted for its reader. */
async function checkExactlyOnce(frequency: string, from: number, total: number, maxUnknown: number) {
  const counts = countPerAddress(from);
  const ledger = await t.db.digestDelivery.findMany({
    where: { digest: { frequency } },
    select: { status: true, subscriber: { select: { email: true } } },
  });
  expect(ledger).toHaveLength(total);
  expect(Math.max(...counts.values())).toBe(1);
  const sent = ledger.filter((d) => d.status === 'sent');
  const unknown = ledger.filter((d) => d.status === 'unknown');
  expect(sent.length + unknown.length).toBe(total);
  for (const d of sent) expect(counts.get(d.subscriber.email!), d.subscriber.email!).toBe(1);
  expect(unknown.length).toBeLessThanOrEqual(maxUnknown);
  const unknownReceived = unknown.filter((d) => counts.has(d.subscriber.email!)).length;
  expect(counts.size).toBe(sent.length + unknownReceived);
  return { unknown: unknown.length, unknownReceived };
}

it('two senders share a digest; one killed outright, the other takes over its rows and finishes: one copy each', async () => {
  const emails = Array.from({ length: 600 }, (_, i) => `daily${i}@example.test`);
  await addSubscribers(t.db, emails);
  const from = smtp.received.length;
  const run = startDigest('daily');
  await until(() => smtp.received.length - from >= 80);
  const [victim, survivor] = senderPids(run.child.pid!);
  expect(survivor).toBeDefined();
  process.kill(victim!, 'SIGKILL');
  expect(await run.exit).toBe(0);
  // The killed sender held at most one message per connection (2) at its end of data.
  const { unknown } = await checkExactlyOnce('daily', from, emails.length, 2);
  console.log(`two senders, one killed: ${smtp.received.length - from} messages, ${unknown} unknown`);
  expect(await t.db.digest.findFirst({ where: { frequency: 'daily' } })).toMatchObject({ status: 'sent' });
}, 180_000);

it('two senders killed together at random points and re-run until done: nobody gets the digest twice', async () => {
  const seed = Number(process.env.DIGEST_KILL_SEED ?? crypto.randomInt(2 ** 31));
  console.log(`two-sender kill test: DIGEST_KILL_SEED=${seed}`);
  const random = seededRandom(seed);
  const emails = Array.from({ length: 400 }, (_, i) => `weekly${i}@example.test`);
  await addSubscribers(t.db, emails, { frequency: 'weekly' });
  const from = smtp.received.length;
  const kills = 2;
  for (let i = 0; i < kills; i++) {
    const run = startDigest('weekly');
    const start = smtp.received.length;
    // Each kill lands a random time after that run's first message reached the server.
    await until(() => smtp.received.length > start || run.child.exitCode !== null);
    await new Promise((r) => setTimeout(r, Math.floor(random() * 1200)));
    if (run.child.exitCode === null) run.killAll();
    await run.exit;
  }
  const exits: (number | null)[] = [];
  for (let i = 0; i < 4 && exits.at(-1) !== 0; i++) exits.push(await startDigest('weekly').exit);
  console.log(`two-sender kill test: re-runs exited ${exits.join(', ')}`);
  expect(exits.at(-1)).toBe(0);
  const { unknown, unknownReceived } = await checkExactlyOnce('weekly', from, emails.length, kills * CONNECTIONS);
  console.log(
    `two-sender kill test: ${smtp.received.length - from} messages, ${unknown} unknown (${unknownReceived} received)`,
  );
}, 300_000);

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
