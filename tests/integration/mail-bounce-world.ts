// Shared by the bounce tests (issue 16): a real SMTP server on loopback that records the envelope
// sender (MAIL FROM), the newsletter world (real SQLite/PostgreSQL), the bounce configuration, and
// one daily digest already sent to seven subscribers, so each report can name a real delivery.
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { rawHeader, setUpNewsletterWorld, saveTestSendingSettings } from './newsletter-fixtures';

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

function registerHooks() {
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
    await saveTestSendingSettings({ maxConnections: 2, bounceLimit: 3 });
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
}

export function useMailBounceWorld() {
  registerHooks();
  return {
    received,
    db: () => t.db,
    lib: () => lib,
    fixture,
    postInbound,
    sentTo,
    addSubscriber,
    suppressionOf,
    INBOUND_SECRET,
    MAILGUN_KEY,
    sendgridPrivateKey: sendgridKeys.privateKey,
  };
}
