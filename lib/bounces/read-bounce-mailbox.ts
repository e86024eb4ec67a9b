import 'server-only';
// Reads the bounce mailbox (BOUNCE_IMAP_URL, docs/0016): every message in it is either a report
// to record or mail that changes nothing (an auto-reply, a forged report); either way it then
// moves to the mailbox's "Processed" child. Moved rather than flagged \Seen: a person reading the
// mailbox in a mail client sets \Seen too, which must not hide a report, and the copies stay to audit.
// Exactly once: each report's MailEvent carries the receipt `imap:<SHA-256 of the message>:<n>`,
// unique in the database, so a message read again because a run stopped between recording it and
// moving it (a crash, a lost connection, a server's COPY done but not its EXPUNGE) counts once.
import crypto from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { acquireLease, keepLease, leaseHolderId } from '../platform/job-lease';
import type { ImapTarget } from './imap-url';
import { parseBounceMessage } from './parse-bounce-message';
import { recordBounceReport, type RecordResult } from './record-bounce-report';

const LEASE = 'bounce-mailbox';
const LEASE_TTL_MS = 60_000;
/** A backlog is read over several runs, each on a fresh connection. */
const MAX_PER_RUN = 200;
const PROCESSED = 'Processed';

export type MailboxRunSummary =
  | { status: 'busy' }
  | { status: 'done' | 'interrupted'; messages: number; left: number; results: Record<RecordResult, number> };

export async function readBounceMailbox(
  target: ImapTarget,
  o: { signal?: AbortSignal } = {},
): Promise<MailboxRunSummary> {
  const client = new ImapFlow({
    host: target.host,
    port: target.port,
    secure: target.secure,
    auth: { user: target.user, pass: target.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  // Failures reach the awaited command too; an 'error' event nobody listens to would end the server.
  client.on('error', () => {});
  try {
    await client.connect();
    const lock = await client.getMailboxLock(target.mailbox);
    try {
      return await readSelected(client, target, o.signal);
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function readSelected(client: ImapFlow, target: ImapTarget, signal?: AbortSignal): Promise<MailboxRunSummary> {
  const results: Record<RecordResult, number> = { unmatched: 0, recorded: 0, suppressed: 0 };
  // An empty mailbox costs no database write: every instance looks every minute.
  if (!client.mailbox || client.mailbox.exists === 0) return { status: 'done', messages: 0, left: 0, results };
  const holder = leaseHolderId(crypto.randomUUID());
  if (!(await acquireLease(LEASE, holder, LEASE_TTL_MS))) return { status: 'busy' };
  const held = keepLease(LEASE, holder, LEASE_TTL_MS, signal);
  try {
    const { path: processed } = await client.mailboxCreate([target.mailbox, PROCESSED]);
    const uids = (await client.search({ all: true }, { uid: true })) || [];
    const batch = uids.slice(0, MAX_PER_RUN);
    for (const [i, uid] of batch.entries()) {
      // Lost the lease (a long stall): another instance may be reading now.
      if (held.signal.aborted) return { status: 'interrupted', messages: i, left: uids.length - i, results };
      const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
      if (!message || !message.source) continue; // expunged by someone else meanwhile
      const hash = crypto.createHash('sha256').update(message.source).digest('hex');
      const reports = await parseBounceMessage(message.source);
      for (const [n, report] of reports.entries())
        results[await recordBounceReport(report, 'imap', { receipt: `imap:${hash}:${n}` })]++;
      await client.messageMove(String(uid), processed, { uid: true });
    }
    return { status: 'done', messages: batch.length, left: uids.length - batch.length, results };
  } finally {
    await held.release();
  }
}
