// A real SMTP server on loopback for the browser tests: the site sends to it over SMTP, each
// message lands as an .eml file, and tests poll the folder and parse messages with mailparser.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const INBOX_DIR = path.resolve('data', 'e2e-inbox');
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2587);

export async function startSmtpInbox(): Promise<() => Promise<void>> {
  fs.rmSync(INBOX_DIR, { recursive: true, force: true });
  fs.mkdirSync(INBOX_DIR, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const file = path.join(INBOX_DIR, `${Date.now()}-${String(++n).padStart(4, '0')}.eml`);
        fs.writeFileSync(`${file}.tmp`, Buffer.concat(chunks));
        fs.renameSync(`${file}.tmp`, file);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(SMTP_PORT, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

export type InboxMessage = ParsedMail & { file: string };

export async function readInbox(): Promise<InboxMessage[]> {
  if (!fs.existsSync(INBOX_DIR)) return [];
  const files = fs
    .readdirSync(INBOX_DIR)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  return Promise.all(
    files.map(async (f) => Object.assign(await simpleParser(fs.readFileSync(path.join(INBOX_DIR, f))), { file: f })),
  );
}

const addressesOf = (m: ParsedMail) =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));

/** Polls until a message to `to` arrives that was not in `seen`; never sleeps a fixed time. */
export async function waitForEmail(
  to: string,
  { after = new Set<string>(), timeoutMs = 15_000 } = {},
): Promise<InboxMessage> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = (await readInbox()).find((m) => !after.has(m.file) && addressesOf(m).includes(to.toLowerCase()));
    if (match) return match;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No email to ${to} within ${timeoutMs} ms`);
}

export async function inboxFiles(): Promise<Set<string>> {
  return new Set((await readInbox()).map((m) => m.file));
}

export function signInLinkFrom(message: ParsedMail): string {
  const m = /https?:\/\/\S+\/signin\/confirm\?\S+/.exec(message.text ?? '');
  if (!m) throw new Error('No sign-in link in the email text');
  return m[0];
}
