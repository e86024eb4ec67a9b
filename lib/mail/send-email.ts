// The one way the site sends email: validate, render HTML + plain text, then deliver over SMTP
// or, with no SMTP_URL, capture locally for /dev/mailbox. Every kind of message but sign-in skips
// addresses on the suppression list, and every message carries a VERP envelope sender when
// BOUNCE_ADDRESS is set (docs/0016-bounces-and-suppression.md).
import crypto from 'node:crypto';
import type { ReactElement } from 'react';
import type { Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { getEnv } from '../env';
import { captureMail } from './capture-mail';
import { holdEndOfData } from '../platform/hold-end-of-data';
import { bounceHeadersFor } from './bounce-headers';
import { envelopeSenderFor } from './bounce-token';
import { messageIdDomain } from './from-address';
import { buildExtraHeaders, parseEmailInput, type EmailInput } from './email-input';
import { filterSuppressed } from './filter-suppressed';
import type { MailContext } from './mail-context';
import { getCaptureTransport, getSmtpTransport } from './mail-transport';
import { renderEmail } from './render-email';

/** Thrown (by sendRenderedEmail) when every recipient is on the suppression list. */
export class SuppressedRecipientError extends Error {
  override name = 'SuppressedRecipientError';
}

type WithContext = {
  /** What the message is; without one it is a notification (the suppression list applies). */
  context?: MailContext;
};

export type SendEmailInput = EmailInput &
  WithContext & {
    /** A template from emails/, e.g. `<SignInEmail url={…} host={…} expiresInMinutes={15} />`. */
    template: ReactElement;
  };

export type SendEmailResult = {
  /** The Message-ID header, angle brackets included; null when suppression left no recipient. */
  messageId: string | null;
};

/** Throws InvalidEmailError for unsafe input (nothing is sent); transport errors propagate. */
export async function sendEmail({ template, ...input }: SendEmailInput): Promise<SendEmailResult> {
  const { html, text } = await renderEmail(template);
  try {
    return await sendRenderedEmail({ ...input, html, text });
  } catch (err) {
    if (!(err instanceof SuppressedRecipientError)) throw err;
    console.info(`Mail not sent: ${err.message}`);
    return { messageId: null };
  }
}

export type SendRenderedEmailInput = EmailInput & WithContext & { html: string; text: string };
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
  { html, text, context = { kind: 'notification' }, ...input }: SendRenderedEmailInput,
  options: SendRenderedEmailOptions = {},
): Promise<{ messageId: string; response?: string }> {
  const message = parseEmailInput(input);
  if (context.kind !== 'sign-in') {
    const { allowed, suppressed } = await filterSuppressed(message.to);
    if (allowed.length === 0)
      throw new SuppressedRecipientError(`"${message.subject}": the address is on the suppression list`);
    if (suppressed.length > 0) message.to = allowed;
  }
  const from = getEnv().EMAIL_FROM;
  const envelopeFrom = envelopeSenderFor(context);
  const messageId = `<${crypto.randomUUID()}@${messageIdDomain()}>`;
  const date = new Date();
  const mail: Mail.Options = {
    from,
    to: message.to,
    subject: message.subject,
    html,
    text,
    messageId,
    date,
    headers: { ...buildExtraHeaders(message), ...bounceHeadersFor(context) },
    // The VERP address takes the bounces; the From header stays EMAIL_FROM.
    ...(envelopeFrom && { envelope: { from: envelopeFrom, to: message.to } }),
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
