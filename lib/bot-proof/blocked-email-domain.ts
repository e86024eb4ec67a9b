// Email domains refused at sign-up and sign-in: BLOCKED_EMAIL_DOMAINS plus the list admins keep
// at /admin/newsletter. A listed domain also blocks its subdomains (mail.example.com under
// example.com). Empty by default: which disposable-mail services to refuse is the site's call.
import { getEnv } from '../env';
import { getNewsletterSettings } from '../newsletter/newsletter-settings';
import { parseDomainList } from './parse-domain-list';

/** The blocked domain `email` falls under, or null. `email` is normalised (domain lower-cased). */
export async function blockedEmailDomain(email: string): Promise<string | null> {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const settings = await getNewsletterSettings();
  const blocked = new Set([
    ...getEnv().BLOCKED_EMAIL_DOMAINS,
    ...parseDomainList(settings.blockedEmailDomains).domains,
  ]);
  if (blocked.size === 0) return null;
  const labels = domain.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const candidate = labels.slice(i).join('.');
    if (blocked.has(candidate)) return candidate;
  }
  return null;
}

export function blockedDomainMessage(domain: string): string {
  return `Addresses at ${domain} can’t be used here. Please use another email address.`;
}
