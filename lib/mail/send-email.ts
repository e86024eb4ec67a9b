// The one way the site sends email: validate, render HTML + plain text, then deliver over SMTP
// or, with no SMTP_URL, capture locally for /dev/mailbox.
import crypto from 'node:crypto';
import type { ReactElement } from 'react';
import type { Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { getEnv } from '../env';
import { captureMail } from './capture-mail';
import { holdEndOfData } from '../platform/hold-end-of-data';
import { buildExtraHeaders, parseEmailInput, type EmailInput } from './email-input';
import { getCaptureTransport, getSmtpTransport } from './mail-transport';
import { renderEmail } from './render-email';

export type SendEmailInput = EmailInput & {
  /** A template from emails/, e.g. `<SignInEmail url={…} host={…} expiresInMinutes={15} />`. */
  template: ReactElement;
};

export type SendEmailResult = {
  /** The Message-ID header, angle brackets included. */
  messageId: string;
};

/** Throws InvalidEmailError for unsafe input (nothing is sent); transport errors propagate. */
export async function sendEmail({ template, ...input }: SendEmailInput): Promise<SendEmailResult> {
  const { html, text } = await renderEmail(template);
  return sendRenderedEmail({ ...input, html, text });
}

export type SendRenderedEmailInput = EmailInput & { html: string; text: string };
export type SendRenderedEmailOptions = {
  /** A transport of the caller's own (e.g. the digest sender's pool with its rate limit). */
  transport?: Transporter;
  /** Runs once the server has the whole message but before the mark that makes it deliverable. */
  beforeEndOfData?: () => Promise<void>;
};

/**
 * The same path for an email that is already rendered (digests render once per story set and
 * fill in each reader's links). With SMTP the result carries the server's response line.
 */
export async function sendRenderedEmail(
  { html, text, ...input }: SendRenderedEmailInput,
  options: SendRenderedEmailOptions = {},
): Promise<SendEmailResult & { response?: string }> {
  const message = parseEmailInput(input);
  const from = getEnv().EMAIL_FROM;
  const messageId = `<${crypto.randomUUID()}@${domainOf(from)}>`;
  const date = new Date();
  const mail: Mail.Options = {
    from,
    to: message.to,
    subject: message.subject,
    html,
    text,
    messageId,
    date,
    headers: buildExtraHeaders(message),
    // Our content is always strings; never let nodemailer fetch files or URLs on our behalf.
    disableFileAccess: true,
    disableUrlAccess: true,
  };

  const smtp = options.transport ?? getSmtpTransport();
  if (smtp) {
    const held = options.beforeEndOfData ? await holdEndOfData(mail, options.beforeEndOfData) : mail;
    const info = (await smtp.sendMail(held)) as { response?: string };
    return { messageId, response: info.response };
  }

  const built = await getCaptureTransport().sendMail(mail);
  await options.beforeEndOfData?.();
  const captured = await captureMail(built.message as Buffer, { to: message.to, subject: message.subject, date });
  console.info(
    `Mail captured (no SMTP_URL): "${message.subject}" to ${message.to.join(', ')} — see /dev/mailbox/${captured.id}`,
  );
  return { messageId };
}

/** The domain of EMAIL_FROM (already validated by lib/env.ts), for Message-IDs. */
function domainOf(from: string): string {
  return /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
}
