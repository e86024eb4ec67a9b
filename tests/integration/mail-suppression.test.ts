// Issue 16: Mailgun and SendGrid webhooks (signatures, staleness, replays), the suppression list in
// the mail layer (every email but sign-in), the admin's add/remove with audit, and the reader's
// data export and deletion. Setup: mail-bounce-world.ts.
import crypto from 'node:crypto';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMailBounceWorld } from './mail-bounce-world';
import { rawHeader } from './newsletter-fixtures';

const w = useMailBounceWorld();
const { received, fixture, postInbound, sentTo, addSubscriber, suppressionOf } = w;

beforeAll(async () => {
  // What the inbound tests do by report, done here directly: one hard-bounced address, and one
  // suppressed after three soft bounces (the events are what the threshold counts).
  await w.db().suppression.create({
    data: { emailKey: w.lib().emailKeyOf('hard@reader.test'), email: 'hard@reader.test', reason: 'hard-bounce' },
  });
  const sent = sentTo('soft@reader.test');
  const raw = fixture('dsn-soft.eml', { RECIPIENT: 'soft@reader.test', VERP: sent.verp, REF: sent.ref });
  for (let i = 0; i < 3; i += 1) await postInbound(raw);
  expect(await suppressionOf('soft@reader.test')).toMatchObject({ reason: 'soft-bounces' });
});

describe('Mailgun webhook', () => {
  const signed = (event: object, overrides: Partial<{ timestamp: string; token: string; key: string }> = {}) => {
    const timestamp = overrides.timestamp ?? String(Math.floor(Date.now() / 1000));
    const token = overrides.token ?? crypto.randomBytes(25).toString('hex');
    const signature = crypto
      .createHmac('sha256', overrides.key ?? w.MAILGUN_KEY)
      .update(timestamp + token)
      .digest('hex');
    return JSON.stringify({ signature: { timestamp, token, signature }, 'event-data': event });
  };
  const post = (body: string) =>
    w.lib().mailgun(new Request('http://127.0.0.1/api/mail/mailgun', { method: 'POST', body }));
  const failed = {
    event: 'failed',
    severity: 'permanent',
    recipient: 'mailgun@reader.test',
    'delivery-status': { code: 550, message: '5.1.1 mailbox unknown' },
  };

  it('refuses a bad signature, a stale timestamp and a replay; accepts a valid event once', async () => {
    expect((await post(signed(failed, { key: 'not-the-key' }))).status).toBe(406);
    const stale = String(Math.floor(Date.now() / 1000) - 600);
    expect((await post(signed(failed, { timestamp: stale }))).status).toBe(406);
    expect(await suppressionOf('mailgun@reader.test')).toBeNull();

    const body = signed(failed);
    const accepted = await post(body);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ result: 'suppressed' });
    expect(await suppressionOf('mailgun@reader.test')).toMatchObject({ reason: 'hard-bounce' });

    await w.db().suppression.deleteMany({ where: { emailKey: w.lib().emailKeyOf('mailgun@reader.test') } });
    expect((await post(body)).status).toBe(406);
    expect(await suppressionOf('mailgun@reader.test')).toBeNull();
  });
});

describe('webhook receipts', () => {
  // A digest's bounces arrive as a burst of webhook calls: expired receipts are pruned at most
  // once a minute per process, not by a DELETE on every call.
  it('prunes expired receipts at most once a minute, and a replay is still refused', async () => {
    const { claimWebhookReceipt } = await import('../../lib/bounces/claim-webhook-receipt');
    const t0 = new Date(Date.now() + 3600_000);
    const expired = (id: string, at: Date) =>
      w.db().webhookReceipt.create({ data: { id, createdAt: new Date(at.getTime() - 3600_000) } });
    const exists = async (id: string) => (await w.db().webhookReceipt.findUnique({ where: { id } })) !== null;

    await expired('old-1', t0);
    expect(await claimWebhookReceipt('burst-1', t0)).toBe(true);
    expect(await exists('old-1')).toBe(false);

    await expired('old-2', t0);
    const soon = new Date(t0.getTime() + 30_000);
    expect(await claimWebhookReceipt('burst-2', soon)).toBe(true);
    expect(await claimWebhookReceipt('burst-2', soon)).toBe(false);
    expect(await exists('old-2')).toBe(true);

    expect(await claimWebhookReceipt('burst-3', new Date(t0.getTime() + 61_000))).toBe(true);
    expect(await exists('old-2')).toBe(false);
  });
});

describe('SendGrid event webhook', () => {
  const post = (body: string, timestamp: string, signature: string) =>
    w.lib().sendgrid(
      new Request('http://127.0.0.1/api/mail/sendgrid', {
        method: 'POST',
        headers: {
          'x-twilio-email-event-webhook-signature': signature,
          'x-twilio-email-event-webhook-timestamp': timestamp,
        },
        body,
      }),
    );
  const sign = (timestamp: string, body: string, key = w.sendgridPrivateKey) =>
    crypto.sign('sha256', Buffer.from(timestamp + body), key).toString('base64');
  const body = JSON.stringify([
    { email: 'sendgrid@reader.test', event: 'delivered', timestamp: 1 },
    { email: 'sendgrid@reader.test', event: 'spamreport', timestamp: 2, sg_event_id: 'e2' },
  ]);

  it('refuses a bad signature, a stale timestamp and a replay; accepts a valid batch once', async () => {
    const now = String(Math.floor(Date.now() / 1000));
    const other = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
    expect((await post(body, now, sign(now, body, other))).status).toBe(403);
    expect((await post(`${body} `, now, sign(now, body))).status).toBe(403);
    const stale = String(Number(now) - 600);
    expect((await post(body, stale, sign(stale, body))).status).toBe(403);
    expect(await suppressionOf('sendgrid@reader.test')).toBeNull();

    const signature = sign(now, body);
    const accepted = await post(body, now, signature);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ results: ['suppressed'] });
    expect(await suppressionOf('sendgrid@reader.test')).toMatchObject({ reason: 'complaint' });
    // The same batch again, even under a fresh signature, is a replay.
    expect((await post(body, now, signature)).status).toBe(409);
    expect((await post(body, now, sign(now, body))).status).toBe(409);
  });
});

describe('the suppression list in the mail layer', () => {
  it('stops newsletter, notification and digest mail to a suppressed address, but not sign-in', async () => {
    const address = 'hard@reader.test'; // suppressed in beforeAll
    expect(await suppressionOf(address)).not.toBeNull();
    const weekly = await addSubscriber('weekly-hard@reader.test', 'weekly');
    await w.db().suppression.create({ data: { emailKey: weekly.emailKey, email: weekly.email, reason: 'manual' } });
    const before = received.length;

    const { sendWelcomeEmail, sendConfirmationEmail } = await import('../../lib/newsletter/send-newsletter-email');
    const sub = (await w.db().subscriber.findUnique({ where: { emailKey: w.lib().emailKeyOf(address) } }))!;
    await sendConfirmationEmail(sub);
    await sendWelcomeEmail(sub);
    const { sendEmail } = await import('../../lib/mail/send-email');
    const { default: SignInEmail } = await import('../../emails/SignInEmail');
    const template = createElement(SignInEmail, { url: 'https://news.example.test/x', host: 'x', expiresInMinutes: 5 });
    expect(await sendEmail({ to: address, subject: 'A notice', template })).toEqual({ messageId: null });
    const summary = await w.lib().runDigest({ frequency: 'weekly' });
    expect(summary).toMatchObject({ status: 'sent' });
    expect(
      await w.db().digestDelivery.findFirst({
        where: { subscriberId: weekly.id },
        select: { status: true, smtpResponse: true },
      }),
    ).toEqual({ status: 'skipped', smtpResponse: 'address is on the suppression list' });
    expect(received.slice(before)).toEqual([]);

    const { emailProvider } = await import('../../lib/auth/email-provider');
    await emailProvider().sendVerificationRequest({
      identifier: address,
      url: 'https://news.example.test/api/auth/callback/email?token=t&email=x',
    } as never);
    expect(received.slice(before).map((r) => r.to)).toEqual([address]);
    expect(rawHeader(received.at(-1)!.raw, 'Subject')).toBe('Your Dispatch sign-in link');
    // Sent through the shared pool (not the digest's transport), it carries a VERP sender too.
    expect(received.at(-1)!.mailFrom).toMatch(/^bounces\+s\.[0-9a-f]{16}@dispatch\.test$/);
  });

  it('admins add and remove suppressions, with the audit trail; removal restarts the soft-bounce count', async () => {
    const { addSuppression } = await import('../../lib/bounces/add-suppression');
    const { removeSuppression } = await import('../../lib/bounces/remove-suppression');
    const { listSuppressions } = await import('../../lib/bounces/list-suppressions');
    expect(await addSuppression({ email: 'not an address', note: '', actorId: 'admin-1' })).toMatchObject({
      ok: false,
    });
    expect(await addSuppression({ email: 'Asked@Reader.test', note: 'asked by phone', actorId: 'admin-1' })).toEqual({
      ok: true,
      email: 'Asked@reader.test',
    });
    const listed = await listSuppressions('asked@reader.test');
    expect(listed.rows.map((r) => [r.email, r.reason, r.detail])).toEqual([
      ['Asked@reader.test', 'manual', 'asked by phone'],
    ]);
    expect((await listSuppressions('reader.test')).total).toBeGreaterThan(3);

    const soft = (await suppressionOf('soft@reader.test'))!;
    expect(await removeSuppression({ id: soft.id, actorId: 'admin-2' })).toBe('soft@reader.test');
    expect(await suppressionOf('soft@reader.test')).toBeNull();
    expect(
      await w.db().mailEvent.findFirst({
        where: { kind: 'suppression-removed', emailKey: soft.emailKey },
        select: { actorId: true, detail: true },
      }),
    ).toEqual({ actorId: 'admin-2', detail: expect.stringMatching(/^was soft-bounces/) });
    // One new soft bounce after the removal is one, not four.
    const sent = sentTo('soft@reader.test');
    const raw = fixture('dsn-soft.eml', { RECIPIENT: 'soft@reader.test', VERP: sent.verp, REF: sent.ref });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['recorded'] });
    expect(await removeSuppression({ id: soft.id, actorId: 'admin-2' })).toBeUndefined();
  });

  it('a reader’s export shows their suppression; deleting the account erases the address but keeps it suppressed', async () => {
    const user = await w.db().user.create({ data: { email: 'leaving@reader.test', role: 'reader' } });
    const key = w.lib().emailKeyOf('leaving@reader.test');
    await w.db().suppression.create({
      data: { emailKey: key, email: 'leaving@reader.test', reason: 'hard-bounce', detail: '550 <leaving@reader.test>' },
    });
    await w.db().mailEvent.create({
      data: {
        kind: 'hard-bounce',
        emailKey: key,
        source: 'inbound',
        status: '5.1.1',
        detail: '550 <leaving@reader.test>',
      },
    });
    const { exportUserData } = await import('../../lib/accounts/export-user-data');
    const exported = await exportUserData(user.id);
    expect(exported.mailSuppression).toMatchObject({ reason: 'hard-bounce' });
    expect(exported.bouncesAndComplaints).toEqual([expect.objectContaining({ kind: 'hard-bounce', status: '5.1.1' })]);

    const { deleteUser } = await import('../../lib/accounts/delete-user');
    await deleteUser(user.id);
    expect(await w.db().suppression.findUnique({ where: { emailKey: key } })).toMatchObject({
      email: null,
      detail: null,
      reason: 'hard-bounce',
    });
    const rows = JSON.stringify([await w.db().suppression.findMany(), await w.db().mailEvent.findMany()]);
    expect(rows).not.toContain('leaving@reader.test');
  });
});
