// RFC 2919 List-Id under SITE_URL's host, one form for every list the site mails:
// `Dispatch daily digest <daily.newsletter.example.com>`.
import { getEnv } from '../env';

export function listId(name: string, id: string): string {
  const host = new URL(getEnv().SITE_URL).hostname;
  // A List-Id needs a dotted domain; a bare host name (an intranet's) gets `.local`.
  const domain = host.includes('.') ? host : `${host}.local`;
  return `Dispatch ${name} <${id}.${domain}>`;
}
