// Sends a message that is already built (a digest copy filled from its template): over SMTP as
// `raw` with an explicit envelope, or, with no SMTP_URL, captured for /dev/mailbox like all mail.
import type { Transporter } from 'nodemailer';
import { holdRawEndOfData } from '../platform/hold-end-of-data';
import { captureMail } from './capture-mail';
import { getSmtpTransport } from './mail-transport';
import type { SendRenderedEmailOptions } from './send-email';

export type RawEmail = {
  raw: Buffer;
  /**
   * SMTP's MAIL FROM and RCPT TO. `from` is per message so that a bounce address of its own
   * (VERP) can be set for each reader without touching the shared bytes of the message.
   */
  envelope: { from: string; to: string[] };
  /** For the local capture's index only. */
  subject: string;
  date: Date;
};

/** The caller has validated the recipient and headers (they are in `raw` already). */
export async function sendRawEmail(
  mail: RawEmail,
  options: SendRenderedEmailOptions & { transport?: Transporter } = {},
): Promise<{ response?: string }> {
  const smtp = options.transport ?? getSmtpTransport();
  if (smtp) {
    const raw = options.beforeEndOfData ? holdRawEndOfData(mail.raw, options.beforeEndOfData) : mail.raw;
    const info = (await smtp.sendMail({ envelope: mail.envelope, raw })) as { response?: string };
    return { response: info.response };
  }
  await options.beforeEndOfData?.();
  const captured = await captureMail(mail.raw, { to: mail.envelope.to, subject: mail.subject, date: mail.date });
  console.info(
    `Mail captured (no SMTP_URL): "${mail.subject}" to ${mail.envelope.to.join(', ')} — see /dev/mailbox/${captured.id}`,
  );
  return {};
}
