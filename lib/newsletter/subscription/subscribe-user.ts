// One-click subscription for a signed-in reader whose address is verified (they proved it by
// signing in with an emailed link), so no confirmation email is needed.
import { db } from '../../db';
import { checkEmailAddress } from '../../mail/email-address';
import { emailKeyOf } from './email-key';
import type { Preferences } from './newsletter-choices';
import { sendWelcomeEmail } from '../send-newsletter-email';

export type SubscribeUserResult = 'subscribed' | 'already-subscribed' | 'unverified';

export async function subscribeUser(
  userId: string,
  prefs: Preferences,
  now = new Date(),
): Promise<SubscribeUserResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } });
  const address = user ? checkEmailAddress(user.email) : undefined;
  if (!user?.emailVerified || !address?.ok) return 'unverified';
  const emailKey = emailKeyOf(address.key);
  const existing = await db.subscriber.findUnique({ where: { emailKey } });
  if (existing?.status === 'active') {
    if (!existing.userId) await db.subscriber.update({ where: { id: existing.id }, data: { userId } });
    return 'already-subscribed';
  }
  const data = {
    email: address.email,
    status: 'active',
    ...prefs,
    userId,
    confirmedAt: now,
    unsubscribedAt: null,
    suspendedAt: null,
    bounceCount: 0,
  };
  const sub = existing
    ? await db.subscriber.update({
        where: { id: existing.id },
        data: { ...data, tokenVersion: existing.tokenVersion + 1 },
      })
    : await db.subscriber.create({ data: { ...data, emailKey } });
  await sendWelcomeEmail(sub);
  return 'subscribed';
}

/** The subscription that belongs to a signed-in reader, found by link or by address. */
export async function findUserSubscription(userId: string, email: string) {
  const address = checkEmailAddress(email);
  const or = [{ userId }, ...(address.ok ? [{ emailKey: emailKeyOf(address.key) }] : [])];
  return db.subscriber.findFirst({
    where: { OR: or },
    select: { id: true, status: true, frequency: true, sections: true, topics: true, tokenVersion: true },
  });
}
