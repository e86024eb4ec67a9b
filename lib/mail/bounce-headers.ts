// The same token as the VERP address, in headers that travel back with reports: our own
// X-Dispatch-Ref (quoted in DSNs and ARF reports that return the original headers), and the
// custom-variable headers Mailgun and SendGrid echo in their webhook events (docs/0016).
import { getEnv } from '../env';
import { createBounceToken } from './bounce-token';
import type { MailContext } from './mail-context';

export const REF_HEADER = 'X-Dispatch-Ref';
export const PROVIDER_VARIABLE = 'dispatch_ref';

type TokenHeader = [name: string, value: (token: string) => string];

/** The headers that carry the token under this configuration: the same names for every message. */
function tokenHeaders(): TokenHeader[] {
  const env = getEnv();
  // Tokens are signed with AUTH_SECRET; a unit test without one sends plain mail.
  if (!env.AUTH_SECRET) return [];
  const headers: TokenHeader[] = [[REF_HEADER, (token) => token]];
  if (env.MAILGUN_WEBHOOK_SIGNING_KEY)
    headers.push(['X-Mailgun-Variables', (token) => JSON.stringify({ [PROVIDER_VARIABLE]: token })]);
  if (env.SENDGRID_WEBHOOK_PUBLIC_KEY)
    headers.push(['X-SMTPAPI', (token) => JSON.stringify({ unique_args: { [PROVIDER_VARIABLE]: token } })]);
  return headers;
}

/** Their names, for a message template whose per-reader slots they are (the digest). */
export const bounceHeaderNames = (): string[] => tokenHeaders().map(([name]) => name);

export function bounceHeadersFor(context: MailContext): Record<string, string> {
  const headers = tokenHeaders();
  if (headers.length === 0) return {};
  const token = createBounceToken(context);
  return Object.fromEntries(headers.map(([name, value]) => [name, value(token)]));
}
