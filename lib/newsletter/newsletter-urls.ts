// Absolute links for newsletter emails, always from SITE_URL (never from a request's Host).
import { getEnv } from '../env';
import { listId } from '../mail/list-id';
import { newsletterSecret } from './subscription/email-key';
import { createToken, type TokenPurpose } from './subscription/subscriber-tokens';

type Who = { id: string; tokenVersion: number };

export function siteUrl(path: string): string {
  return `${getEnv().SITE_URL}${path}`;
}

export function tokenFor(purpose: TokenPurpose, who: Who, now = Date.now()): string {
  return createToken(newsletterSecret(), { purpose, subscriberId: who.id, version: who.tokenVersion }, now);
}

export const confirmUrl = (who: Who) => siteUrl(`/newsletter/confirm?token=${tokenFor('confirm', who)}`);
export const preferencesUrl = (who: Who) => siteUrl(`/newsletter/preferences?token=${tokenFor('preferences', who)}`);
/** With `digestId` (links in a digest), a leave through it is counted for that digest, not who left. */
export const unsubscribeUrl = (who: Who, digestId?: string) =>
  siteUrl(`/newsletter/unsubscribe?token=${tokenFor('unsubscribe', who)}${digestId ? `&d=${digestId}` : ''}`);

/** A digest's story link: counted in aggregate, then redirected to the story (docs/0020). */
export const storyClickUrl = (digestId: string, articleId: string) => siteUrl(`/newsletter/r/${digestId}/${articleId}`);

/** `Dispatch daily digest <daily.newsletter.example.com>` (RFC 2919). */
export function listIdFor(frequency: string): string {
  const f = frequency === 'weekly' ? 'weekly' : 'daily';
  return listId(`${f} digest`, `${f}.newsletter`);
}
