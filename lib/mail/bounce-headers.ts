// The same token as the VERP address, in headers that travel back with reports: our own
// X-Dispatch-Ref (quoted in DSNs and ARF reports that return the original headers), and the
// custom-variable headers Mailgun and SendGrid echo in their webhook events (docs/0016).
import { getEnv } from '../env';
import { createBounceToken } from './bounce-token';
import type { MailContext } from './mail-context';

export const REF_HEADER = 'X-Dispatch-Ref';
export const PROVIDER_VARIABLE = 'dispatch_ref';

export function bounceHeadersFor(context: MailContext): Record<string, string> {
  const env = getEnv();
  // Tokens are signed with AUTH_SECRET; a unit test without one sends plain mail.
  if (!env.AUTH_SECRET) return {};
  const token = createBounceToken(context);
  const headers: Record<string, string> = { [REF_HEADER]: token };
  if (env.MAILGUN_WEBHOOK_SIGNING_KEY) headers['X-Mailgun-Variables'] = JSON.stringify({ [PROVIDER_VARIABLE]: token });
  if (env.SENDGRID_WEBHOOK_PUBLIC_KEY)
    headers['X-SMTPAPI'] = JSON.stringify({ unique_args: { [PROVIDER_VARIABLE]: token } });
  return headers;
}
