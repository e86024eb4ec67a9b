import 'server-only';
// `npm start` reads the bounce mailbox (BOUNCE_IMAP_URL) every minute on every instance; the lease
// in readBounceMailbox lets one read at a time. A server that refuses the login or is down costs
// one line in the log a minute, never the server: the next tick tries again.
import { getEnv } from '../env';
import { runEveryMinute } from '../platform/every-minute';
import { describeImapTarget, parseImapUrl } from './imap-url';
import { readBounceMailbox } from './read-bounce-mailbox';

/** One look at the mailbox; logs what it did or why it could not, and never throws. */
export async function checkBounceMailbox(url = getEnv().BOUNCE_IMAP_URL): Promise<void> {
  const target = url ? parseImapUrl(url) : null;
  if (!target) return;
  try {
    const summary = await readBounceMailbox(target);
    if (summary.status === 'busy' || summary.messages === 0) return;
    const { unmatched, recorded, suppressed } = summary.results;
    const left = summary.left ? `; ${summary.left} left for the next minute` : '';
    console.info(
      `Bounce mailbox: ${summary.messages} message(s) read; reports: ${suppressed} suppressed an address, ${recorded} recorded, ${unmatched} unmatched${left}`,
    );
  } catch (err) {
    console.warn(`Bounce mailbox ${describeImapTarget(target)}: ${describeImapError(err)}; trying again in a minute`);
  }
}

/** imapflow's errors, in a line that says which side to fix. */
export function describeImapError(err: unknown): string {
  const e = err as { message?: string; code?: string; responseText?: string; authenticationFailed?: boolean };
  if (e.authenticationFailed) return `the server refused the login (${e.responseText ?? 'authentication failed'})`;
  if (e.code && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ETIMEDOUT|CONNECT_TIMEOUT)$/.test(e.code))
    return `cannot reach the server (${e.code})`;
  const text = [e.message, e.responseText].filter(Boolean).join(': ') || String(err);
  return text.split('\n')[0]!.slice(0, 300);
}

export function startBounceMailboxScheduler(): void {
  if (getEnv().BOUNCE_IMAP_URL) runEveryMinute('bounce-mailbox', () => checkBounceMailbox());
}
