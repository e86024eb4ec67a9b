// The digest sender's own pooled SMTP transport: connections and rate come from the settings
// row, so the site's transactional pool (sign-in links) is never starved by a digest run.
import nodemailer, { type Transporter } from 'nodemailer';
import { getEnv } from '../env';

export type DigestTransportOptions = { maxConnections: number; messagesPerSecond: number };

/** undefined without SMTP_URL: mail is then captured for /dev/mailbox like all other mail. */
export function createDigestTransport({ maxConnections, messagesPerSecond }: DigestTransportOptions): Transporter | undefined {
  const smtpUrl = getEnv().SMTP_URL;
  if (!smtpUrl) return undefined;
  // nodemailer takes pool options from the URL's query when it is given a URL.
  const url = new URL(smtpUrl);
  url.searchParams.set('pool', 'true');
  url.searchParams.set('maxConnections', String(maxConnections));
  url.searchParams.set('maxMessages', '1000');
  url.searchParams.set('rateDelta', '1000');
  url.searchParams.set('rateLimit', String(messagesPerSecond));
  url.searchParams.set('connectionTimeout', '20000');
  url.searchParams.set('greetingTimeout', '20000');
  url.searchParams.set('socketTimeout', '60000');
  return nodemailer.createTransport(url.toString());
}
