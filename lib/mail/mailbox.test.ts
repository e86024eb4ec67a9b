// Integration: with no SMTP_URL, sendEmail captures real .eml files that the mailbox reads back.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import SignInEmail from '../../emails/SignInEmail';

const FROM = 'Dispatch <news@dispatch.test>';
const URL_IN_EMAIL = 'http://127.0.0.1:3000/api/auth/callback/email?token=capture-1&email=reader%40example.com';

const originalCwd = process.cwd();
let tempDir: string;
let sendEmail: typeof import('./send-email').sendEmail;
let mailbox: typeof import('./mailbox');

const signIn = () => createElement(SignInEmail, { url: URL_IN_EMAIL, host: '127.0.0.1:3000', expiresInMinutes: 15 });

beforeAll(async () => {
  tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dispatch-mail-'));
  // Capture writes to data/mail under the working directory, exactly as the server does.
  process.chdir(tempDir);
  vi.stubEnv('SMTP_URL', '');
  vi.stubEnv('EMAIL_FROM', FROM);
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.resetModules();
  ({ sendEmail } = await import('./send-email'));
  mailbox = await import('./mailbox');
});

afterAll(async () => {
  process.chdir(originalCwd);
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await fs.rm(tempDir, { recursive: true, force: true });
});

describe('local mail capture', () => {
  it('starts empty', async () => {
    expect(await mailbox.listCapturedMail()).toEqual([]);
  });

  it('writes each message as an .eml, lists newest first, and parses it back', async () => {
    const first = await sendEmail({
      to: 'reader@example.com',
      subject: 'First message',
      template: signIn(),
      context: { kind: 'sign-in' },
    });
    const second = await sendEmail({
      to: ['a@example.com', 'b@example.com'],
      subject: 'Sign in to Dispatch',
      template: signIn(),
      context: { kind: 'sign-in' },
    });

    const files = await fs.readdir(path.join(tempDir, 'data', 'mail'));
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const list = await mailbox.listCapturedMail();
    expect(list.map((m) => m.subject)).toEqual(['Sign in to Dispatch', 'First message']);
    expect(list[0]?.to).toEqual(['a@example.com', 'b@example.com']);
    expect(files).toContain(list[0]?.file);

    const mail = await mailbox.getCapturedMail(list[0]!.id);
    expect(mail).not.toBeNull();
    expect(mail!.subject).toBe('Sign in to Dispatch');
    expect(mail!.from).toBe(FROM);
    expect(mail!.to).toBe('a@example.com, b@example.com');
    expect(mail!.html).toContain(URL_IN_EMAIL.replaceAll('&', '&amp;'));
    expect(mail!.text).toContain(URL_IN_EMAIL);
    expect(mail!.headers).toContainEqual(['Message-ID', second.messageId]);
    expect(mail!.headers.map(([name]) => name)).toContain('Date');
    expect((await mailbox.getCapturedMail(list[1]!.id))?.headers).toContainEqual(['Message-ID', first.messageId]);
  });

  it('skips torn or forged index lines', async () => {
    const index = path.join(tempDir, 'data', 'mail', 'index.jsonl');
    const forged = { id: '../../etc/passwd', to: [], subject: 'x', date: new Date().toISOString(), file: 'x' };
    await fs.appendFile(index, `${JSON.stringify(forged)}\n{"id":"2025`);
    expect(await mailbox.listCapturedMail()).toHaveLength(2);
  });

  it('refuses ids that are not ours, including path traversal', async () => {
    // A real message just outside the mail directory: only the id check keeps it out of reach.
    const list = await mailbox.listCapturedMail();
    await fs.copyFile(path.join(tempDir, 'data', 'mail', list[0]!.file), path.join(tempDir, 'data', 'outside.eml'));
    for (const id of [
      '../outside',
      `../mail/${list[0]!.id}`,
      '../index.jsonl',
      '../../../etc/passwd',
      '20250224T093000123Z-0123456789abcdef/../x',
      '',
      'index',
    ]) {
      expect(await mailbox.getCapturedMail(id)).toBeNull();
    }
    expect(await mailbox.getCapturedMail('20250224T093000123Z-0123456789abcdef')).toBeNull();
  });

  it('captures nothing when the input is unsafe', async () => {
    await expect(
      sendEmail({
        to: 'reader@example.com',
        subject: 'Hi\r\nBcc: x@example.com',
        template: signIn(),
        context: { kind: 'sign-in' },
      }),
    ).rejects.toMatchObject({
      name: 'InvalidEmailError',
    });
    expect(await mailbox.listCapturedMail()).toHaveLength(2);
  });
});
