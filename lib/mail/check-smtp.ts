// At start, a mail server that does not answer is worth a warning, not a refusal: readers can
// still read, and mail can wait (sign-in asks to try again, confirmations and digests retry).
import nodemailer from 'nodemailer';

/** null when the server at `smtpUrl` answers (and accepts the login) within `timeoutMs`. */
export async function checkSmtp(smtpUrl: string, timeoutMs = 5000): Promise<string | null> {
  const url = new URL(smtpUrl);
  for (const key of ['connectionTimeout', 'greetingTimeout', 'socketTimeout'])
    url.searchParams.set(key, String(timeoutMs));
  const transport = nodemailer.createTransport(url.toString());
  try {
    await transport.verify();
    return null;
  } catch (err) {
    const shown = `${url.protocol}//${url.host}`;
    return `SMTP_URL (${shown}) does not answer (${(err as Error).message}): the site starts, but sign-in links, newsletter confirmations and digests cannot go out until it does.`;
  } finally {
    transport.close();
  }
}
