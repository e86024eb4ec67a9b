// BOUNCE_IMAP_URL read into what imapflow takes. imaps:// is TLS from the first byte (port 993);
// imap:// is plain, upgraded with STARTTLS when the server offers it (port 143), as imapflow's
// `secure: false` does. User and password are percent-decoded; the path names the mailbox.
// No 'server-only' here: lib/env.ts validates with it, and scripts load lib/env.ts.
export type ImapTarget = {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string;
  mailbox: string;
};

export function parseImapUrl(value: string): ImapTarget | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== 'imap:' && url.protocol !== 'imaps:') return null;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  try {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    const mailbox = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, '')) || 'INBOX';
    if (!host || !user || !password || url.search || url.hash) return null;
    const secure = url.protocol === 'imaps:';
    return { host, port: url.port ? Number(url.port) : secure ? 993 : 143, secure, user, password, mailbox };
  } catch {
    return null; // a malformed %-escape
  }
}

/** For the log: the URL without its password. */
export function describeImapTarget(t: ImapTarget): string {
  const host = t.host.includes(':') ? `[${t.host}]` : t.host;
  return `${t.secure ? 'imaps' : 'imap'}://${encodeURIComponent(t.user)}@${host}:${t.port}/${t.mailbox}`;
}
