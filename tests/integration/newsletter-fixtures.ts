// Shared by the newsletter integration tests: a real SMTP server on loopback that can answer
// per recipient (451 once, 550 always), a real SQLite database with a few stories, subscribers.
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { vi } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { createTestDatabase } from '../helpers/test-database';

export type Received = { to: string; raw: Buffer };

/** `port` 0 picks a free one; a fixed one lets a test start the server SMTP_URL already names. */
export async function startSmtp(port = 0) {
  const received: Received[] = [];
  const refusedOnce = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (to.startsWith('bounce'))
        return callback(Object.assign(new Error('5.1.1 No such user'), { responseCode: 550 }));
      if (to.startsWith('greylist') && !refusedOnce.has(to)) {
        refusedOnce.add(to);
        return callback(Object.assign(new Error('4.7.1 Try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo)
          received.push({ to: r.address.toLowerCase(), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  // A client killed mid-message resets the connection; that is the point of some tests.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  const close = async () => {
    // The site's pooled connections stay open by design; the server's close would wait 30 s for them.
    const { closeMailTransport } = await import('../../lib/mail/mail-transport');
    closeMailTransport();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { port: address.port, received, close };
}

export const TEST_ENV = {
  SITE_URL: 'https://news.example.test',
  AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
  EMAIL_FROM: 'Dispatch <news@dispatch.test>',
};

/** A database with six stories, and lib/ pointed at it and at the SMTP server. */
export async function setUpNewsletterWorld(smtpPort: number) {
  const t = await createTestDatabase();
  vi.stubEnv('DATABASE_URL', t.url);
  vi.stubEnv('SMTP_URL', `smtp://127.0.0.1:${smtpPort}`);
  for (const [k, v] of Object.entries(TEST_ENV)) vi.stubEnv(k, v);
  const dir = makeContentDir();
  const now = Date.now();
  const stories = [
    ['world-a', 'world', ['Climate']],
    ['world-b', 'world', ['Energy']],
    ['science-a', 'science', ['Space']],
    ['science-b', 'science', ['Climate']],
    ['sport-a', 'sport', ['Football']],
    ['business-a', 'business', ['Energy']],
  ] as const;
  stories.forEach(([slug, section, topics], i) =>
    writeArticle(dir, {
      slug,
      section,
      topics: [...topics],
      publishedAt: new Date(now - (i + 1) * 3600_000).toISOString(),
    }),
  );
  await importContent(t.db, dir);
  return t;
}

export async function addSubscribers(
  db: PrismaClient,
  emails: string[],
  data: { status?: string; frequency?: string; sections?: string; topics?: string } = {},
) {
  await db.subscriber.createMany({
    data: emails.map((email) => ({
      email,
      emailKey: crypto.randomUUID(),
      status: 'active',
      frequency: 'daily',
      confirmedAt: new Date(),
      ...data,
    })),
  });
}

export async function parse(raw: Buffer): Promise<ParsedMail> {
  return simpleParser(raw);
}

export function rawHeader(raw: Buffer, name: string): string | undefined {
  const head = raw
    .toString('utf8')
    .split(/\r?\n\r?\n/)[0]!
    .replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1];
}

/** Digest settings for a test: scheduler off, no pacing, and the connections and bounce limit it needs. */
export async function saveTestSendingSettings(o: { maxConnections: number; bounceLimit: number }) {
  const { saveNewsletterSettings } = await import('../../lib/newsletter/newsletter-settings');
  await saveNewsletterSettings({
    isSchedulerEnabled: false,
    sendHour: 7,
    timeZone: 'UTC',
    weeklyDay: 1,
    messagesPerSecond: 1000,
    ...o,
  });
}

/** Closes what startSmtp and setUpNewsletterWorld (or createTestDatabase) opened. */
export async function tearDownNewsletterWorld(smtp: { close: () => Promise<unknown> }, t: { cleanup: () => unknown }) {
  const { db } = await import('../../lib/db');
  await db.$disconnect();
  await smtp.close();
  await t.cleanup();
  vi.unstubAllEnvs();
}
