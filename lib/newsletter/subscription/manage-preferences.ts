// The preferences page's data: a preferences token (current version, not expired) opens it.
import { db } from '../../db';
import { newsletterSecret } from './email-key';
import type { Preferences } from './newsletter-choices';
import { verifyToken } from './subscriber-tokens';

export type ManagedSubscription = {
  id: string;
  status: string;
  frequency: string;
  sections: string;
  topics: string;
  tokenVersion: number;
};
export type PreferencesLookup =
  { ok: true; subscriber: ManagedSubscription } | { ok: false; reason: 'invalid' | 'expired' | 'unsubscribed' };

export async function findByPreferencesToken(token: string): Promise<PreferencesLookup> {
  const check = verifyToken(newsletterSecret(), 'preferences', token);
  if (!check.ok) return { ok: false, reason: check.reason };
  const subscriber = await db.subscriber.findUnique({
    where: { id: check.subscriberId },
    select: { id: true, status: true, frequency: true, sections: true, topics: true, tokenVersion: true },
  });
  if (!subscriber || subscriber.tokenVersion !== check.version) return { ok: false, reason: 'invalid' };
  if (subscriber.status === 'unsubscribed') return { ok: false, reason: 'unsubscribed' };
  return { ok: true, subscriber };
}

export async function updatePreferences(subscriberId: string, prefs: Preferences): Promise<void> {
  await db.subscriber.update({ where: { id: subscriberId }, data: prefs });
}
