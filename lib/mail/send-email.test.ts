// Integration: sendEmail against a real SMTP server on loopback, parsed back with mailparser.
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { createElement } from 'react';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import SignInEmail from '../../emails/SignInEmail';

const FROM = 'Dispatch Test <news@dispatch.test>';
const URL_IN_EMAIL = 'http://127.0.0.1:3000/api/auth/callback/email?token=abc123&email=reader%40example.com';

type Received = { rcptTo: string[]; raw: Buffer };
const received: Received[] = [];
let connections = 0;
let server: SMTPServer;
let sendEmail: typeof import('./send-email').sendEmail;
let mailTransport: typeof import('./mail-transport');

const signIn = () => createElement(SignInEmail, { url: URL_IN_EMAIL, host: '127.0.0.1:3000', expiresInMinutes: 15 });

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ rcptTo: session.envelope.rcptTo.map((a) => a.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address() as AddressInfo;
  // getEnv() caches, so the environment is set before lib/ is (re)imported.
  vi.stubEnv('SMTP_URL', `smtp://127.0.0.1:${port}`);
  vi.stubEnv('EMAIL_FROM', FROM);
  vi.resetModules();
  ({ sendEmail } = await import('./send-email'));
  mailTransport = await import('./mail-transport');
});

afterAll(async () => {
  mailTransport?.closeMailTransport();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  vi.unstubAllEnvs();
});

describe('sendEmail over SMTP', () => {
  it('delivers an HTML and a plain-text part with the link, from EMAIL_FROM, with a Message-ID', async () => {
    const before = received.length;
    const { messageId } = await sendEmail({
      to: 'reader@example.com',
      subject: 'Sign in to Dispatch',
      template: signIn(),
      context: { kind: 'sign-in' },
    });

    expect(received).toHaveLength(before + 1);
    const { rcptTo, raw } = received.at(-1)!;
    expect(rcptTo).toEqual(['reader@example.com']);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Sign in to Dispatch');
    expect(parsed.from?.text).toBe('"Dispatch Test" <news@dispatch.test>');
    expect(parsed.from?.value[0]?.address).toBe('news@dispatch.test');
    expect(parsed.messageId).toBe(messageId);
    expect(messageId).toMatch(/^<[0-9a-f-]{36}@dispatch\.test>$/);
    expect(parsed.html || '').toContain(URL_IN_EMAIL.replaceAll('&', '&amp;'));
    expect(parsed.text).toContain(URL_IN_EMAIL);
    expect(parsed.text).toContain('Sign in to Dispatch'.toUpperCase());
  });

  it('adds the RFC 8058 list headers for newsletter mail', async () => {
    await sendEmail({
      to: 'reader@example.com',
      subject: 'Your daily digest',
      template: signIn(),
      context: { kind: 'sign-in' },
      listUnsubscribe: 'https://news.example.com/newsletter/unsubscribe?token=t0k',
      listId: 'Dispatch daily <daily.news.example.com>',
      headers: { 'x-entity-ref-id': 'digest-42' },
    });
    const parsed = await simpleParser(received.at(-1)!.raw);
    // Raw header values (unfolded): mailparser turns List-* headers into objects otherwise.
    const header = (name: string) =>
      parsed.headerLines
        .find((h) => h.key === name)
        ?.line.replace(/^[^:]+:\s*/, '')
        .replace(/\r?\n[ \t]+/g, ' ');
    expect(header('list-unsubscribe')).toBe('<https://news.example.com/newsletter/unsubscribe?token=t0k>');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(header('list-id')).toBe('Dispatch daily <daily.news.example.com>');
    expect(header('x-entity-ref-id')).toBe('digest-42');
  });

  it('reuses one pooled connection for consecutive messages', async () => {
    const before = connections;
    await sendEmail({ to: 'a@example.com', subject: 'One', template: signIn(), context: { kind: 'sign-in' } });
    await sendEmail({ to: 'b@example.com', subject: 'Two', template: signIn(), context: { kind: 'sign-in' } });
    expect(mailTransport.getSmtpTransport()?.transporter.name).toBe('SMTP (pool)');
    expect(connections - before).toBeLessThanOrEqual(1);
  });
});

describe('sendEmail refuses header injection and sends nothing', () => {
  const attempts: [string, Parameters<typeof sendEmail>[0]][] = [
    [
      'CR/LF in the subject',
      {
        to: 'reader@example.com',
        subject: 'Hello\r\nBcc: victim@example.com',
        template: signIn(),
        context: { kind: 'sign-in' },
      },
    ],
    [
      'a bare LF at the end of the subject',
      { to: 'reader@example.com', subject: 'Hello\n', template: signIn(), context: { kind: 'sign-in' } },
    ],
    [
      'CR/LF in an address',
      {
        to: 'reader@example.com\r\nBcc: victim@example.com',
        subject: 'Hello',
        template: signIn(),
        context: { kind: 'sign-in' },
      },
    ],
    [
      'CR/LF in one of several addresses',
      {
        to: ['a@example.com', 'b@example.com\nCc: c@example.com'],
        subject: 'Hello',
        template: signIn(),
        context: { kind: 'sign-in' },
      },
    ],
    [
      'a display name instead of a plain address',
      { to: 'Someone <a@example.com>', subject: 'Hello', template: signIn(), context: { kind: 'sign-in' } },
    ],
    [
      'CR/LF in a header value',
      {
        to: 'reader@example.com',
        subject: 'Hello',
        headers: { 'List-Id': 'x\r\nBcc: victim@example.com' },
        template: signIn(),
        context: { kind: 'sign-in' },
      },
    ],
    [
      'a header outside the safe list',
      {
        to: 'reader@example.com',
        subject: 'Hello',
        headers: { Bcc: 'victim@example.com' },
        template: signIn(),
        context: { kind: 'sign-in' },
      },
    ],
    [
      'an unsubscribe URL that breaks out of <…>',
      {
        to: 'reader@example.com',
        subject: 'Hello',
        listUnsubscribe: 'https://x.test/>, <mailto:a@b.c',
        template: signIn(),
        context: { kind: 'sign-in' },
      },
    ],
  ];

  it.each(attempts)('%s', async (_label, input) => {
    const before = received.length;
    await expect(sendEmail(input)).rejects.toMatchObject({ name: 'InvalidEmailError' });
    expect(received).toHaveLength(before);
  });
});
