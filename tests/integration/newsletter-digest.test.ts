// Digest sending against a real SMTP server on loopback and a real SQLite database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addSubscribers,
  rawHeader,
  setUpNewsletterWorld,
  startSmtp,
  saveTestSendingSettings,
  tearDownNewsletterWorld,
} from './newsletter-fixtures';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;
let runDigest: typeof import('../../lib/newsletter/digest/run-digest').runDigest;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  vi.resetModules();
  ({ runDigest } = await import('../../lib/newsletter/digest/run-digest'));
  await saveTestSendingSettings({ maxConnections: 5, bounceLimit: 1 });
});

afterAll(() => tearDownNewsletterWorld(smtp, t));

describe('a digest run', () => {
  it('delivers exactly one message to each of 500 subscribers, with the RFC 8058 headers, and none to others', async () => {
    const active = Array.from({ length: 500 }, (_, i) => `reader${i}@example.test`);
    await addSubscribers(t.db, active.slice(0, 250));
    await addSubscribers(t.db, active.slice(250), { sections: 'science', topics: 'energy' });
    await addSubscribers(t.db, ['pending1@example.test', 'pending2@example.test'], { status: 'pending' });
    await addSubscribers(t.db, ['suspended@example.test'], { status: 'suspended' });
    await addSubscribers(t.db, ['weekly@example.test'], { frequency: 'weekly' });
    await t.db.subscriber.create({
      data: { emailKey: 'gone', email: null, status: 'unsubscribed', unsubscribedAt: new Date() },
    });

    const summary = await runDigest({ frequency: 'daily' });
    expect(summary).toMatchObject({
      status: 'sent',
      recipients: 500,
      counts: { sent: 500, failed: 0, queued: 0, sending: 0 },
    });
    expect(smtp.received).toHaveLength(500);
    expect(new Set(smtp.received.map((r) => r.to))).toEqual(new Set(active));
    // Two story sets (top stories; science + energy), so React rendered two bodies, not 500.
    if (summary.status === 'sent') expect(summary.distinctRenders).toBe(2);

    for (const { raw } of smtp.received) {
      expect(rawHeader(raw, 'List-Unsubscribe')).toMatch(
        // `&d=`: the digest, so a leave through it is counted for that digest (docs/0020).
        /^<https:\/\/news\.example\.test\/newsletter\/unsubscribe\?token=[\w-]+\.[\w-]+&d=[a-z0-9]+>$/,
      );
      expect(rawHeader(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      expect(rawHeader(raw, 'List-Id')).toBe('Dispatch daily digest <daily.newsletter.news.example.test>');
    }
    // Each message carries its own reader's link, in the header and the footer.
    const links = smtp.received.map((r) => rawHeader(r.raw, 'List-Unsubscribe'));
    expect(new Set(links).size).toBe(500);
    const ledger = await t.db.digestDelivery.findMany({ select: { status: true, smtpResponse: true } });
    expect(ledger).toHaveLength(500);
    expect(ledger.every((d) => d.status === 'sent' && /^250/.test(d.smtpResponse ?? ''))).toBe(true);

    // Running again for the same slot sends nothing.
    expect((await runDigest({ frequency: 'daily' })).status).toBe('already-sent');
    expect(smtp.received).toHaveLength(500);
    // 500 real SMTP conversations: seconds on a quiet machine, far more on a busy CI runner.
  }, 180_000);

  it('retries a 451 and delivers once; marks a 550 failed, counts it and suspends at the bounce limit', async () => {
    await t.db.subscriber.deleteMany({ where: { frequency: 'weekly' } });
    await addSubscribers(t.db, ['greylist@example.test', 'bounce@example.test', 'fine@example.test'], {
      frequency: 'weekly',
    });
    const before = smtp.received.length;
    const summary = await runDigest({ frequency: 'weekly', retryBaseMs: 20 });
    expect(summary).toMatchObject({ status: 'sent', counts: { sent: 2, failed: 1 } });
    const got = smtp.received
      .slice(before)
      .map((r) => r.to)
      .sort();
    expect(got).toEqual(['fine@example.test', 'greylist@example.test']);

    const rows = await t.db.digestDelivery.findMany({
      where: { subscriber: { frequency: 'weekly' } },
      include: { subscriber: true },
    });
    const byEmail = new Map(rows.map((r) => [r.subscriber.email, r]));
    expect(byEmail.get('greylist@example.test')).toMatchObject({ status: 'sent', attempts: 2 });
    expect(byEmail.get('bounce@example.test')).toMatchObject({ status: 'failed', attempts: 1 });
    expect(byEmail.get('bounce@example.test')!.smtpResponse).toMatch(/^550/);
    expect(byEmail.get('bounce@example.test')!.subscriber).toMatchObject({ bounceCount: 1, status: 'suspended' });
    expect(byEmail.get('fine@example.test')!.subscriber).toMatchObject({ bounceCount: 0, status: 'active' });
  });
});
