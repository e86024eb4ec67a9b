// `npm run digest` killed halfway and re-run: the sender runs as a real child process, the
// test SMTP server counts what it accepted, and the ledger decides what the re-run sends.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { addSubscribers, setUpNewsletterWorld, startSmtp, TEST_ENV } from './newsletter-fixtures';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  await t.db.newsletterSettings.create({ data: { id: 1, isSchedulerEnabled: false, maxConnections: 4, messagesPerSecond: 1000 } });
});

afterAll(async () => {
  await smtp.close();
  await t.cleanup();
  vi.unstubAllEnvs();
});

// Plain node with the tsx loader, not the tsx CLI: the CLI is a wrapper process, and a SIGKILL
// must hit the sender itself.
/** Runs the digest command; when `killAt` messages have arrived, sends it `signal`. */
function runDigestCommand(frequency: string, kill?: { at: number; signal: NodeJS.Signals }): Promise<number | null> {
  const env = { ...process.env, ...TEST_ENV, DATABASE_URL: t.url, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/digest.ts', '--frequency', frequency], { env, stdio: 'ignore' });
  let poll: NodeJS.Timeout | undefined;
  if (kill) {
    const start = smtp.received.length;
    poll = setInterval(() => {
      if (smtp.received.length - start >= kill.at) {
        child.kill(kill.signal);
        clearInterval(poll);
      }
    }, 2);
  }
  return new Promise((resolve) => child.on('exit', (code) => (clearInterval(poll), resolve(code))));
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

it('killed outright (SIGKILL) and re-run, nobody gets the digest twice; only in-flight messages are left unknown', async () => {
  const emails = Array.from({ length: 300 }, (_, i) => `weekly${i}@example.test`);
  await addSubscribers(t.db, emails, { frequency: 'weekly' });
  const from = smtp.received.length;
  await runDigestCommand('weekly', { at: 100, signal: 'SIGKILL' });
  expect(await runDigestCommand('weekly')).toBe(0);
  const counts = countPerAddress(from);
  expect([...counts.values()].every((n) => n === 1)).toBe(true);
  const ledger = await t.db.digestDelivery.findMany({ where: { subscriber: { frequency: 'weekly' } }, select: { status: true, subscriber: { select: { email: true } } } });
  expect(ledger).toHaveLength(300);
  const unknown = ledger.filter((d) => d.status === 'unknown');
  // At most one claimed batch per worker (4 workers × 5) was in flight when the process died.
  expect(unknown.length).toBeLessThanOrEqual(20);
  for (const d of ledger) if (!counts.has(d.subscriber.email!)) expect(d.status).toBe('unknown');
  expect(ledger.filter((d) => d.status === 'sent').length + unknown.length).toBe(300);
}, 120_000);
