// Reading back the mail captured by capture-mail.ts, for /dev/mailbox and tests.
import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import {
  MAIL_DIR,
  MAIL_INDEX_FILE,
  capturedMailSummarySchema,
  isCapturedMailId,
  type CapturedMailSummary,
} from './capture-mail';

export type CapturedMail = {
  id: string;
  subject: string;
  from: string;
  to: string;
  date: Date | null;
  html: string | null;
  text: string;
  /** In message order, raw values (encoded words left as sent), folded lines joined. */
  headers: [name: string, value: string][];
};

/** Every captured message, newest first. Lines that are torn or tampered with are skipped. */
export async function listCapturedMail(dir: string = MAIL_DIR): Promise<CapturedMailSummary[]> {
  const index = await readIfExists(path.join(dir, MAIL_INDEX_FILE));
  if (index === undefined) return [];
  const entries: CapturedMailSummary[] = [];
  for (const line of index.split('\n')) {
    const entry = parseLine(line);
    if (entry) entries.push(entry);
  }
  // Appended in send order; reverse first so equal timestamps still list the later send first.
  return entries.reverse().sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

/** One captured message, parsed; null for an unknown or malformed id. */
export async function getCapturedMail(id: string, dir: string = MAIL_DIR): Promise<CapturedMail | null> {
  // The id becomes a file name, so only the exact shape we generate is accepted (no ../, no /).
  if (!isCapturedMailId(id)) return null;
  let raw: Buffer;
  try {
    raw = await fs.readFile(path.join(dir, `${id}.eml`));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const parsed = await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true });
  return {
    id,
    subject: parsed.subject ?? '',
    from: addressText(parsed.from),
    to: addressText(parsed.to),
    date: parsed.date ?? null,
    html: parsed.html || null,
    text: parsed.text ?? '',
    headers: parsed.headerLines.map(({ line }) => {
      const colon = line.indexOf(':');
      return [
        line.slice(0, colon),
        line
          .slice(colon + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      ];
    }),
  };
}

function parseLine(line: string): CapturedMailSummary | undefined {
  if (!line.trim()) return undefined;
  try {
    const result = capturedMailSummarySchema.safeParse(JSON.parse(line));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** `Name <address>` without mailparser's quoting, for display. */
function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  const addresses = (Array.isArray(value) ? value : [value]).flatMap((a) => a.value);
  return addresses.map((a) => (a.name ? `${a.name} <${a.address ?? ''}>` : (a.address ?? ''))).join(', ');
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
