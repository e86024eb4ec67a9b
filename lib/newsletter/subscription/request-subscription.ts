// The anonymous sign-up: a new or returning address gets a confirmation email (double opt-in);
// an address that is already subscribed gets nothing. Callers answer the same either way.
import { db } from '../../db';
import { emailKeyOf } from './email-key';
import type { Preferences } from './newsletter-choices';
import { sendConfirmationEmail } from '../send-newsletter-email';

export type SubscriptionOutcome = 'confirmation-sent' | 'already-subscribed';

export async function requestSubscription(
  address: { email: string; key: string },
  prefs: Preferences,
  now = new Date(),
): Promise<SubscriptionOutcome> {
  const emailKey = emailKeyOf(address.key);
  const existing = await db.subscriber.findUnique({ where: { emailKey } });
  if (existing?.status === 'active') return 'already-subscribed';

  // confirmSentAt stays empty until the mail server has taken the email: if it is down, the
  // confirmation is owed and the scheduler sends it later (send-owed-confirmations.ts).
  const data = {
    email: address.email,
    status: 'pending',
    ...prefs,
    confirmSentAt: null,
    unsubscribedAt: null,
    suspendedAt: null,
  };
  const subscriber = existing
    ? await db.subscriber.update({
        where: { id: existing.id },
        // A pending address keeps its version so the earlier link still works; anything else
        // (unsubscribed, suspended) starts over and retires its old links.
        data: {
          ...data,
          tokenVersion: existing.status === 'pending' ? existing.tokenVersion : existing.tokenVersion + 1,
        },
      })
    : await db.subscriber.create({ data: { ...data, emailKey } });
  await sendConfirmationEmail(subscriber);
  await db.subscriber.updateMany({ where: { id: subscriber.id, status: 'pending' }, data: { confirmSentAt: now } });
  return 'confirmation-sent';
}
