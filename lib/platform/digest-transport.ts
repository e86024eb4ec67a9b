// The digest sender's own SMTP connections, with connections and rate from the settings row, so
// the site's transactional pool (sign-in links) is never starved by a digest run. A small
// transport of our own rather than nodemailer's pool: the pool reads each message into stream
// buffers before the DATA command, so a held end-of-data (lib/platform/hold-end-of-data.ts) would
// mark the ledger "delivering" while the envelope is still being sent. Here the message stream
// is read only once the server has said "354 go ahead".
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import nodemailer, { type Transporter } from 'nodemailer';
import type MailMessage from 'nodemailer/lib/mailer/mail-message';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { getEnv } from '../env';
import { connectWithoutNagle } from '../mail/connect-without-nagle';

export type DigestTransportOptions = { maxConnections: number; messagesPerSecond: number };

/** No connection could be opened: the server is down or unreachable, not this message's fault. */
export class SmtpUnreachableError extends Error {
  override name = 'SmtpUnreachableError';
}

type SentInfo = { envelope: object; messageId: string; response: string; accepted: string[]; rejected: string[] };

/** undefined without SMTP_URL: mail is then captured for /dev/mailbox like all other mail. */
export function createDigestTransport({
  maxConnections,
  messagesPerSecond,
}: DigestTransportOptions): Transporter | undefined {
  const smtpUrl = getEnv().SMTP_URL;
  if (!smtpUrl) return undefined;
  const options: SMTPConnection.Options = {
    ...parseConnectionUrl(smtpUrl),
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  };
  const idle: SMTPConnection[] = [];
  const spacingMs = 1000 / Math.max(1, messagesPerSecond);
  let nextSlotAt = 0;

  async function open(): Promise<SMTPConnection> {
    // Nagle off, as for the site's pool (lib/mail/connect-without-nagle.ts): SMTP runs over that socket.
    const socket = await new Promise<Socket>((resolve, reject) =>
      connectWithoutNagle(options, (err, made) => (err ? reject(err) : resolve(made!.connection))),
    );
    const connection = new SMTPConnection({ ...options, connection: socket });
    // Failures reach the callbacks below; a connection that closes while idle is dropped.
    connection.on('error', () => {});
    connection.once('end', () => idle.includes(connection) && idle.splice(idle.indexOf(connection), 1));
    // connect() reports failure only as an 'error' event, never through its callback.
    await new Promise<void>((resolve, reject) => {
      connection.once('error', reject);
      connection.connect(() => (connection.off('error', reject), resolve()));
    });
    if (options.auth)
      await new Promise<void>((resolve, reject) =>
        connection.login(options.auth as SMTPConnection.Credentials, (err) => (err ? reject(err) : resolve())),
      );
    return connection;
  }

  async function openOrFail(): Promise<SMTPConnection> {
    try {
      return await open();
    } catch (err) {
      // A refused login is the server answering (a configuration error), not it being down.
      if (typeof (err as { responseCode?: number }).responseCode === 'number') throw err;
      throw new SmtpUnreachableError(`${(err as { code?: string }).code ?? 'Error'}: ${(err as Error).message}`);
    }
  }

  async function send(mail: MailMessage): Promise<SentInfo> {
    // Messages per second across all connections: each message takes the next free slot.
    const slot = Math.max(Date.now(), nextSlotAt);
    nextSlotAt = slot + spacingMs;
    if (slot > Date.now()) await new Promise((resolve) => setTimeout(resolve, slot - Date.now()));
    const connection = idle.pop() ?? (await openOrFail());
    const envelope = mail.message.getEnvelope();
    const raw = mail.data.raw as Readable | undefined;
    const message = raw && typeof raw.pipe === 'function' ? raw : mail.message.createReadStream();
    // A dropped connection is reported as an 'error' or 'end' event, not through the callbacks.
    let onDrop: (err?: Error) => void = () => {};
    const dropped = new Promise<never>((_, reject) => {
      onDrop = (err) =>
        reject(err ?? Object.assign(new Error('Connection closed by the server'), { code: 'ECONNECTION' }));
      connection.once('error', onDrop);
      connection.once('end', onDrop);
    });
    dropped.catch(() => {});
    try {
      const info = await Promise.race([
        dropped,
        new Promise<SMTPConnection.SentMessageInfo>((resolve, reject) =>
          connection.send({ from: envelope.from || '', to: envelope.to }, message, (err, sent) =>
            err ? reject(err) : resolve(sent),
          ),
        ),
      ]);
      await Promise.race([
        dropped,
        new Promise<void>((resolve, reject) => connection.reset((err) => (err ? reject(err) : resolve()))),
      ]);
      connection.off('error', onDrop).off('end', onDrop);
      if (idle.length < maxConnections) idle.push(connection);
      else connection.quit();
      return {
        envelope,
        messageId: mail.message.messageId(),
        response: info.response,
        accepted: info.accepted.map(String),
        rejected: info.rejected.map(String),
      };
    } catch (err) {
      // A refused message leaves the session in an unknown state; a fresh one is cheap.
      connection.off('error', onDrop).off('end', onDrop);
      connection.close();
      throw err;
    }
  }

  return nodemailer.createTransport({
    name: 'dispatch-digest',
    version: '1',
    send: (mail: MailMessage, callback: (err: Error | null, info?: SentInfo) => void) =>
      void send(mail).then(
        (info) => callback(null, info),
        (err: Error) => callback(err),
      ),
    close: () => idle.splice(0).forEach((c) => c.quit()),
  } as unknown as Parameters<typeof nodemailer.createTransport>[0]);
}
