// Local capture for when SMTP_URL is unset: each message is kept as a real .eml file under
// data/mail/, listed in data/mail/index.jsonl, and read back by /dev/mailbox.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const MAIL_DIR = path.join('data', 'mail');
export const MAIL_INDEX_FILE = 'index.jsonl';

/** `20250224T093000123Z-0123456789abcdef`: sorts by time, and safe to use as a file name. */
export const CAPTURED_MAIL_ID = /^\d{8}T\d{9}Z-[0-9a-f]{16}$/;

export const capturedMailSummarySchema = z.object({
  id: z.string().regex(CAPTURED_MAIL_ID),
  to: z.array(z.string()),
  subject: z.string(),
  date: z.iso.datetime(),
  file: z.string(),
});

export type CapturedMailSummary = z.infer<typeof capturedMailSummarySchema>;

export function isCapturedMailId(id: string): boolean {
  return CAPTURED_MAIL_ID.test(id);
}

export async function captureMail(
  raw: Buffer,
  message: { to: string[]; subject: string; date: Date },
  dir: string = MAIL_DIR,
): Promise<CapturedMailSummary> {
  const stamp = message.date.toISOString().replace(/[-:.]/g, '');
  const id = `${stamp}-${crypto.randomBytes(8).toString('hex')}`;
  const file = `${id}.eml`;
  await fs.mkdir(dir, { recursive: true });

  // Temp file + fsync + rename: a crash leaves either the whole message or no message.
  const temp = path.join(dir, `.${file}.${process.pid}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(raw);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, path.join(dir, file));

  // The index is appended, not rewritten: the server and CLI scripts may capture at the same time,
  // and one O_APPEND write of a short line lands whole. Readers skip a line torn by a crash.
  const summary: CapturedMailSummary = {
    id,
    to: message.to,
    subject: message.subject,
    date: message.date.toISOString(),
    file,
  };
  await fs.appendFile(path.join(dir, MAIL_INDEX_FILE), `${JSON.stringify(summary)}\n`, 'utf8');
  return summary;
}
