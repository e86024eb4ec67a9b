// The transports behind sendEmail: one pooled SMTP transport when SMTP_URL is set, otherwise a
// stream transport that builds the real RFC 822 message so it can be captured to disk.
import nodemailer from 'nodemailer';
import type StreamTransport from 'nodemailer/lib/stream-transport';
import { getEnv } from '../env';
import { connectWithoutNagle } from './connect-without-nagle';

type SmtpTransport = nodemailer.Transporter;
type CaptureTransport = nodemailer.Transporter<StreamTransport.SentMessageInfo>;
type Transports = { smtp?: SmtpTransport; smtpUrl?: string; capture?: CaptureTransport };

// On globalThis so dev-server reloads reuse the pool instead of leaking one per reload.
const globalForMail = globalThis as unknown as { dispatchMail?: Transports };
const transports: Transports = (globalForMail.dispatchMail ??= {});

/** The pooled SMTP transport, created on first use; undefined when SMTP_URL is unset. */
export function getSmtpTransport(): SmtpTransport | undefined {
  const smtpUrl = getEnv().SMTP_URL;
  if (!smtpUrl) return undefined;
  // A pool kept across a dev reload must not outlive a changed SMTP_URL.
  if (transports.smtp && transports.smtpUrl !== smtpUrl) closeMailTransport();
  if (!transports.smtp) {
    // nodemailer ignores other options when given a URL, so the pool flag travels in the URL.
    const url = new URL(smtpUrl);
    url.searchParams.set('pool', 'true');
    // nodemailer waits two minutes for a connection by default: a reader asking for a sign-in
    // link should hear "try again" sooner when the mail server is unreachable.
    for (const [key, ms] of Object.entries({
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    })) {
      if (!url.searchParams.has(key)) url.searchParams.set(key, String(ms));
    }
    transports.smtp = nodemailer.createTransport(url.toString());
    // Nagle off (connect-without-nagle.ts), unless SMTP_URL names a proxy, which brings its own socket.
    // (nodemailer's types leave out the hook its Mailer hands to the pool on each send.)
    if (!url.searchParams.has('proxy'))
      (transports.smtp as unknown as { getSocket: typeof connectWithoutNagle }).getSocket = connectWithoutNagle;
    transports.smtpUrl = smtpUrl;
  }
  return transports.smtp;
}

export function getCaptureTransport(): CaptureTransport {
  transports.capture ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return transports.capture;
}

/** Closes pooled connections so a script can exit; the next send opens a new pool. */
export function closeMailTransport(): void {
  transports.smtp?.close();
  transports.smtp = undefined;
  transports.smtpUrl = undefined;
}
