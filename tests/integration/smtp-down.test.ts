// The mail server is down (SMTP_URL names a closed loopback port), then comes back: sign-in
// tells the reader to try again, a newsletter confirmation is owed and sent later, and a digest
// keeps its deliveries queued instead of failing them. Real database, real SMTP server.
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { addSubscribers, setUpNewsletterWorld, startSmtp, saveTestSendingSettings } from './newsletter-fixtures';

let port: number;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;
let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;

beforeAll(async () => {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  t = await setUpNewsletterWorld(port);
  vi.resetModules();
  await saveTestSendingSettings({ maxConnections: 3, bounceLimit: 3 });
});

afterAll(async () => {
  const { db } = await import('../../lib/db');
  const { closeMailTransport } = await import('../../lib/mail/mail-transport');
  closeMailTransport();
  await db.$disconnect();
  await smtp?.close();
  await t.cleanup();
  vi.unstubAllEnvs();
});

it('while the server is down: sign-in fails fast (the form says try again), confirmations are owed, digests stay queued', async () => {
  const { emailProvider } = await import('../../lib/auth/email-provider');
  const { requestSubscription } = await import('../../lib/newsletter/subscription/request-subscription');
  const { sendOwedConfirmations } = await import('../../lib/newsletter/subscription/send-owed-confirmations');
  const { runDigest } = await import('../../lib/newsletter/digest/run-digest');

  // requestSignInLink turns this rejection into "We could not send the email just now…".
  const started = Date.now();
  const signIn = emailProvider().sendVerificationRequest({
    identifier: 'reader@example.test',
    url: 'https://news.example.test/api/auth/callback/email?token=abc&email=reader%40example.test',
    expires: new Date(),
    provider: emailProvider(),
    token: 'abc',
    theme: {},
    request: new Request('https://news.example.test'),
  } as never);
  await expect(signIn).rejects.toThrow(/ECONNREFUSED/);
  expect(Date.now() - started).toBeLessThan(5000);

  await expect(
    requestSubscription(
      { email: 'late@example.test', key: 'late@example.test' },
      { frequency: 'daily', sections: '', topics: '' },
    ),
  ).rejects.toThrow(/ECONNREFUSED/);
  const owed = await t.db.subscriber.findFirstOrThrow({ where: { email: 'late@example.test' } });
  expect(owed).toMatchObject({ status: 'pending', confirmSentAt: null });
  await expect(sendOwedConfirmations(new Date(Date.now() + 120_000))).rejects.toThrow(/ECONNREFUSED/);

  await addSubscribers(
    t.db,
    Array.from({ length: 30 }, (_, i) => `daily${i}@example.test`),
  );
  const summary = await runDigest({ frequency: 'daily' });
  expect(summary).toMatchObject({ status: 'interrupted', counts: { queued: 30, sent: 0, failed: 0, unknown: 0 } });
  expect('unreachable' in summary && summary.unreachable).toMatch(/ECONNREFUSED/);
  const attempts = await t.db.digestDelivery.aggregate({ _max: { attempts: true } });
  expect(attempts._max.attempts).toBe(0);
}, 60_000);

it('once it is back: the owed confirmation goes out once, and the digest reaches everyone exactly once', async () => {
  smtp = await startSmtp(port);
  const { sendOwedConfirmations } = await import('../../lib/newsletter/subscription/send-owed-confirmations');
  const { runDigest } = await import('../../lib/newsletter/digest/run-digest');

  // Not within the first minute: the sign-up's own send may still be under way.
  expect(await sendOwedConfirmations(new Date())).toBe(0);
  expect(await sendOwedConfirmations(new Date(Date.now() + 120_000))).toBe(1);
  expect(await sendOwedConfirmations(new Date(Date.now() + 120_000))).toBe(0);
  expect(smtp.received.filter((r) => r.to === 'late@example.test')).toHaveLength(1);
  expect(smtp.received[0]!.raw.toString()).toMatch(/Confirm your Dispatch newsletter subscription/);

  const summary = await runDigest({ frequency: 'daily' });
  expect(summary).toMatchObject({ status: 'sent', counts: { sent: 30, queued: 0 } });
  const digests = smtp.received.filter((r) => r.to.startsWith('daily'));
  expect(new Set(digests.map((r) => r.to)).size).toBe(30);
  expect(digests).toHaveLength(30);
}, 60_000);

/** Just enough SMTP to take an envelope, then it hangs up at the DATA command or at the end of the message. */
async function startHangUpServer(at: 'data-command' | 'end-of-data'): Promise<net.Server> {
  const server = net.createServer((socket) => {
    let isInData = false;
    let body = '';
    socket.write('220 hang-up ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      if (isInData) {
        body += chunk.toString();
        if (body.includes('\r\n.\r\n')) socket.destroy();
        return;
      }
      for (const line of chunk.toString().split('\r\n').filter(Boolean)) {
        const verb = line.slice(0, 4).toUpperCase();
        if (verb !== 'DATA') socket.write(verb === 'QUIT' ? '221 bye\r\n' : '250 OK\r\n');
        else if (at === 'data-command') socket.destroy();
        else {
          isInData = true;
          socket.write('354 go ahead\r\n');
        }
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

it('a server that hangs up before the end of the message: the row is retried later, and the sender does not hang', async () => {
  // The site's pooled connection would keep the server's close() waiting.
  (await import('../../lib/mail/mail-transport')).closeMailTransport();
  await smtp?.close();
  smtp = undefined;
  const server = await startHangUpServer('data-command');
  try {
    await addSubscribers(t.db, ['dropped@example.test'], { frequency: 'weekly' });
    const { runDigest } = await import('../../lib/newsletter/digest/run-digest');
    const summary = await runDigest({ frequency: 'weekly', retryBaseMs: 60_000, signal: AbortSignal.timeout(3000) });
    expect(summary).toMatchObject({ status: 'interrupted', counts: { queued: 1, sent: 0, unknown: 0 } });
    const row = await t.db.digestDelivery.findFirstOrThrow({
      where: { subscriber: { email: 'dropped@example.test' } },
    });
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.smtpResponse).toMatch(/ECONNECTION|ECONNRESET|closed/i);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}, 30_000);

it('a server that hangs up after the end of the message, before replying: it may have been delivered, so it is not resent', async () => {
  const server = await startHangUpServer('end-of-data');
  try {
    await t.db.digestDelivery.updateMany({
      where: { subscriber: { email: 'dropped@example.test' } },
      data: { nextAttemptAt: new Date(0) },
    });
    const { runDigest } = await import('../../lib/newsletter/digest/run-digest');
    const summary = await runDigest({ frequency: 'weekly', retryBaseMs: 60_000, signal: AbortSignal.timeout(3000) });
    expect(summary).toMatchObject({ status: 'sent', counts: { queued: 0, sent: 0, unknown: 1 } });
    const row = await t.db.digestDelivery.findFirstOrThrow({
      where: { subscriber: { email: 'dropped@example.test' } },
    });
    expect(row.status).toBe('unknown');
    expect(row.smtpResponse).toMatch(/no reply to the end of the message/);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}, 30_000);
