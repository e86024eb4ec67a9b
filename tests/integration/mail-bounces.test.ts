// Issue 16: bounces and complaints that arrive later (RFC 3464 DSNs, RFC 5965 ARF reports,
// Mailgun and SendGrid webhooks) suppress the right address, and the suppression list stops
// every email but sign-in. Real SQLite/PostgreSQL, a real SMTP server on loopback that records
// the envelope sender (MAIL FROM), the route handlers called with real Requests.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createElement } from 'react';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rawHeader, setUpNewsletterWorld } from './newsletter-fixtures';

type Received = { mailFrom: string; to: string; raw: Buffer };
const received: Received[] = [];
let server: SMTPServer;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;

const INBOUND_SECRET = 'inbound-secret-0123456789-abcdef';
const MAILGUN_KEY = 'mailgun-signing-key-for-tests';
const sendgridKeys = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const SENDGRID_PUBLIC = sendgridKeys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');

// Imported after the environment is set (lib/ reads it once).
let lib: {
  runDigest: typeof import('../../lib/newsletter/digest/run-digest').runDigest;
  emailKeyOf: typeof import('../../lib/newsletter/subscription/email-key').emailKeyOf;
  inbound: typeof import('../../app/api/mail/inbound/route').POST;
  mailgun: typeof import('../../app/api/mail/mailgun/route').POST;
  sendgrid: typeof import('../../app/api/mail/sendgrid/route').POST;
  readBounceToken: typeof import('../../lib/mail/bounce-token').readBounceToken;
};

const fixture = (name: string, values: Record<string, string>) =>
  Object.entries(values).reduce(
    (text, [key, value]) => text.replaceAll(`{{${key}}}`, value),
    fs.readFileSync(path.join('tests/fixtures/mail', name), 'utf8'),
  );

const postInbound = (raw: string, authorization = `Bearer ${INBOUND_SECRET}`) =>
  lib.inbound(
    new Request('http://127.0.0.1/api/mail/inbound', {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822', authorization },
      body: raw,
    }),
  );

/** The MAIL FROM, To and X-Dispatch-Ref of the digest each address received. */
function sentTo(address: string) {
  const message = received.find((r) => r.to === address);
  if (!message) throw new Error(`nothing was sent to ${address}`);
  return { verp: message.mailFrom, ref: rawHeader(message.raw, 'X-Dispatch-Ref')! };
}

async function addSubscriber(email: string, frequency = 'daily') {
  return t.db.subscriber.create({
    data: { email, emailKey: lib.emailKeyOf(email), status: 'active', frequency, confirmedAt: new Date() },
  });
}

const suppressionOf = (email: string) => t.db.suppression.findUnique({ where: { emailKey: lib.emailKeyOf(email) } });

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        for (const r of session.envelope.rcptTo)
          received.push({ mailFrom, to: r.address.toLowerCase(), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t = await setUpNewsletterWorld((server.server.address() as AddressInfo).port);
  vi.stubEnv('BOUNCE_ADDRESS', 'bounces@dispatch.test');
  vi.stubEnv('INBOUND_MAIL_SECRET', INBOUND_SECRET);
  vi.stubEnv('MAILGUN_WEBHOOK_SIGNING_KEY', MAILGUN_KEY);
  vi.stubEnv('SENDGRID_WEBHOOK_PUBLIC_KEY', SENDGRID_PUBLIC);
  vi.resetModules();
  lib = {
    runDigest: (await import('../../lib/newsletter/digest/run-digest')).runDigest,
    emailKeyOf: (await import('../../lib/newsletter/subscription/email-key')).emailKeyOf,
    inbound: (await import('../../app/api/mail/inbound/route')).POST,
    mailgun: (await import('../../app/api/mail/mailgun/route')).POST,
    sendgrid: (await import('../../app/api/mail/sendgrid/route')).POST,
    readBounceToken: (await import('../../lib/mail/bounce-token')).readBounceToken,
  };
  const { saveNewsletterSettings } = await import('../../lib/newsletter/newsletter-settings');
  await saveNewsletterSettings({
    isSchedulerEnabled: false,
    sendHour: 7,
    timeZone: 'UTC',
    weeklyDay: 1,
    maxConnections: 2,
    messagesPerSecond: 1000,
    bounceLimit: 3,
  });
  for (const name of ['hard', 'soft', 'complainer', 'plain', 'mailgun', 'sendgrid', 'steady'])
    await addSubscriber(`${name}@reader.test`);
  const summary = await lib.runDigest({ frequency: 'daily' });
  expect(summary).toMatchObject({ status: 'sent', counts: { sent: 7 } });
});

afterAll(async () => {
  const { closeMailTransport } = await import('../../lib/mail/mail-transport');
  closeMailTransport();
  const { db } = await import('../../lib/db');
  await db.$disconnect();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.cleanup();
  vi.unstubAllEnvs();
});

describe('the VERP envelope sender', () => {
  it('is bounces+<signed token naming the delivery>@ on every digest, with From left as EMAIL_FROM', async () => {
    const deliveries = await t.db.digestDelivery.findMany({ include: { subscriber: true } });
    expect(deliveries).toHaveLength(7);
    for (const d of deliveries) {
      const message = received.find((r) => r.to === d.subscriber.email)!;
      expect(message.mailFrom).toMatch(/^bounces\+d[a-z0-9]+\.[0-9a-f]{16}@dispatch\.test$/);
      expect(lib.readBounceToken(message.mailFrom)).toEqual({ kind: 'digest', ref: d.id });
      expect(rawHeader(message.raw, 'From')).toBe('Dispatch <news@dispatch.test>');
      expect(message.mailFrom).toContain(`+${rawHeader(message.raw, 'X-Dispatch-Ref')}@`);
    }
    // A token whose signature was altered names nothing.
    const forged = sentTo('hard@reader.test').verp.replace(
      /[0-9a-f](@)/,
      (m, at: string) => `${m[0] === '0' ? '1' : '0'}${at}`,
    );
    expect(lib.readBounceToken(forged)).toBeNull();
  });
});

describe('bounce messages posted to /api/mail/inbound', () => {
  it('refuses a wrong or missing secret and changes nothing', async () => {
    const raw = fixture('dsn-hard.eml', { RECIPIENT: 'hard@reader.test', ...sentTo('hard@reader.test') });
    const events = await t.db.mailEvent.count();
    for (const authorization of ['Bearer wrong-secret-wrong-secret-000', '', `Basic ${btoa('user:nope')}`])
      expect((await postInbound(raw, authorization)).status).toBe(401);
    expect(await t.db.mailEvent.count()).toBe(events);
    expect(await suppressionOf('hard@reader.test')).toBeNull();
  });

  it('a 5.1.1 DSN suppresses the address at once and marks its digest delivery bounced', async () => {
    const { verp, ref } = sentTo('hard@reader.test');
    // The report names another address: the signed token decides whose delivery it was.
    const raw = fixture('dsn-hard.eml', { RECIPIENT: 'someone-else@elsewhere.test', VERP: verp, REF: ref });
    const response = await postInbound(raw, `Basic ${btoa(`relay:${INBOUND_SECRET}`)}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reports: 1, results: ['suppressed'] });
    expect(await suppressionOf('hard@reader.test')).toMatchObject({
      email: 'hard@reader.test',
      reason: 'hard-bounce',
      detail: expect.stringContaining('5.1.1'),
    });
    const delivery = await t.db.digestDelivery.findFirst({ where: { subscriber: { email: 'hard@reader.test' } } });
    expect(delivery!.bouncedAt).toBeInstanceOf(Date);
    expect(delivery!.complainedAt).toBeNull();
    expect(await suppressionOf('steady@reader.test')).toBeNull();
    expect(await suppressionOf('someone-else@elsewhere.test')).toBeNull();
  });

  it('soft (4.x.x) bounces suppress only at the threshold; a delay warning is no bounce', async () => {
    const sent = sentTo('soft@reader.test');
    const raw = fixture('dsn-soft.eml', { RECIPIENT: 'soft@reader.test', VERP: sent.verp, REF: sent.ref });
    const delayed = fixture('dsn-delayed.eml', { RECIPIENT: 'soft@reader.test', VERP: sent.verp });
    expect(await (await postInbound(delayed)).json()).toEqual({ reports: 0, results: [] });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['recorded'] });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['recorded'] });
    expect(await suppressionOf('soft@reader.test')).toBeNull();
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['suppressed'] });
    expect(await suppressionOf('soft@reader.test')).toMatchObject({ reason: 'soft-bounces' });
  });

  it('soft bounces older than the window do not count', async () => {
    await addSubscriber('window@reader.test');
    const raw = fixture('dsn-soft.eml', { RECIPIENT: 'window@reader.test', VERP: 'bounces@dispatch.test', REF: '' });
    await postInbound(raw);
    await postInbound(raw);
    // Age those two past the 14-day window.
    await t.db.mailEvent.updateMany({
      where: { emailKey: lib.emailKeyOf('window@reader.test') },
      data: { createdAt: new Date(Date.now() - 15 * 86_400_000) },
    });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['recorded'] });
    expect(await suppressionOf('window@reader.test')).toBeNull();
  });

  it('an ARF complaint unsubscribes the reader and suppresses the address for good', async () => {
    const { verp, ref } = sentTo('complainer@reader.test');
    const raw = fixture('arf-complaint.eml', { RECIPIENT: 'complainer@reader.test', VERP: verp, REF: ref });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['suppressed'] });
    expect(await suppressionOf('complainer@reader.test')).toMatchObject({ reason: 'complaint' });
    const sub = await t.db.subscriber.findUnique({ where: { emailKey: lib.emailKeyOf('complainer@reader.test') } });
    expect(sub).toMatchObject({ status: 'unsubscribed', email: null });
    const delivery = await t.db.digestDelivery.findFirst({ where: { subscriberId: sub!.id } });
    expect(delivery!.complainedAt).toBeInstanceOf(Date);
  });

  it('without a token, the Final-Recipient names the address', async () => {
    const raw = fixture('dsn-hard.eml', { RECIPIENT: 'plain@reader.test', VERP: 'bounces@dispatch.test', REF: '' });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['suppressed'] });
    expect(await suppressionOf('plain@reader.test')).toMatchObject({ reason: 'hard-bounce' });
  });
});

describe('Mailgun webhook', () => {
  const signed = (event: object, overrides: Partial<{ timestamp: string; token: string; key: string }> = {}) => {
    const timestamp = overrides.timestamp ?? String(Math.floor(Date.now() / 1000));
    const token = overrides.token ?? crypto.randomBytes(25).toString('hex');
    const signature = crypto
      .createHmac('sha256', overrides.key ?? MAILGUN_KEY)
      .update(timestamp + token)
      .digest('hex');
    return JSON.stringify({ signature: { timestamp, token, signature }, 'event-data': event });
  };
  const post = (body: string) =>
    lib.mailgun(new Request('http://127.0.0.1/api/mail/mailgun', { method: 'POST', body }));
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

    await t.db.suppression.deleteMany({ where: { emailKey: lib.emailKeyOf('mailgun@reader.test') } });
    expect((await post(body)).status).toBe(406);
    expect(await suppressionOf('mailgun@reader.test')).toBeNull();
  });
});

describe('SendGrid event webhook', () => {
  const post = (body: string, timestamp: string, signature: string) =>
    lib.sendgrid(
      new Request('http://127.0.0.1/api/mail/sendgrid', {
        method: 'POST',
        headers: {
          'x-twilio-email-event-webhook-signature': signature,
          'x-twilio-email-event-webhook-timestamp': timestamp,
        },
        body,
      }),
    );
  const sign = (timestamp: string, body: string, key = sendgridKeys.privateKey) =>
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
    const address = 'hard@reader.test'; // suppressed by the hard bounce above
    expect(await suppressionOf(address)).not.toBeNull();
    const weekly = await addSubscriber('weekly-hard@reader.test', 'weekly');
    await t.db.suppression.create({ data: { emailKey: weekly.emailKey, email: weekly.email, reason: 'manual' } });
    const before = received.length;

    const { sendWelcomeEmail, sendConfirmationEmail } = await import('../../lib/newsletter/send-newsletter-email');
    const sub = (await t.db.subscriber.findUnique({ where: { emailKey: lib.emailKeyOf(address) } }))!;
    await sendConfirmationEmail(sub);
    await sendWelcomeEmail(sub);
    const { sendEmail } = await import('../../lib/mail/send-email');
    const { default: SignInEmail } = await import('../../emails/SignInEmail');
    const template = createElement(SignInEmail, { url: 'https://news.example.test/x', host: 'x', expiresInMinutes: 5 });
    expect(await sendEmail({ to: address, subject: 'A notice', template })).toEqual({ messageId: null });
    const summary = await lib.runDigest({ frequency: 'weekly' });
    expect(summary).toMatchObject({ status: 'sent' });
    expect(
      await t.db.digestDelivery.findFirst({
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
      await t.db.mailEvent.findFirst({
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
    const user = await t.db.user.create({ data: { email: 'leaving@reader.test', role: 'reader' } });
    const key = lib.emailKeyOf('leaving@reader.test');
    await t.db.suppression.create({
      data: { emailKey: key, email: 'leaving@reader.test', reason: 'hard-bounce', detail: '550 <leaving@reader.test>' },
    });
    await t.db.mailEvent.create({
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
    expect(await t.db.suppression.findUnique({ where: { emailKey: key } })).toMatchObject({
      email: null,
      detail: null,
      reason: 'hard-bounce',
    });
    const rows = JSON.stringify([await t.db.suppression.findMany(), await t.db.mailEvent.findMany()]);
    expect(rows).not.toContain('leaving@reader.test');
  });
});
