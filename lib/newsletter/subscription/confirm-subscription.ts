// Confirming: the emailed token (confirm purpose, current version, under 48 hours) turns a
// pending subscriber active once; a repeat is harmless and sends nothing.
import 'server-only';
import { db } from '../../db';
import { newsletterSecret } from './email-key';
import { sendWelcomeEmail } from '../send-newsletter-email';
import { verifyToken } from './subscriber-tokens';

export type ConfirmState = 'valid' | 'already-confirmed' | 'expired' | 'invalid';

export async function inspectConfirmToken(
  token: string,
  now = Date.now(),
): Promise<{ state: ConfirmState; email?: string }> {
  const check = verifyToken(newsletterSecret(), 'confirm', token, now);
  if (!check.ok) return { state: check.reason };
  const sub = await db.subscriber.findUnique({
    where: { id: check.subscriberId },
    select: { status: true, tokenVersion: true, email: true },
  });
  if (!sub || sub.tokenVersion !== check.version || !sub.email) return { state: 'invalid' };
  if (sub.status === 'active') return { state: 'already-confirmed' };
  if (sub.status !== 'pending') return { state: 'invalid' };
  return { state: 'valid', email: sub.email };
}

export async function confirmSubscription(token: string, now = new Date()): Promise<ConfirmState> {
  const { state } = await inspectConfirmToken(token, now.getTime());
  if (state !== 'valid') return state === 'already-confirmed' ? 'already-confirmed' : state;
  const check = verifyToken(newsletterSecret(), 'confirm', token, now.getTime());
  if (!check.ok) return 'invalid';
  // Conditional update: of two clicks racing, only one confirms and sends the welcome email.
  const updated = await db.subscriber.updateMany({
    where: { id: check.subscriberId, status: 'pending', tokenVersion: check.version },
    data: { status: 'active', confirmedAt: now, bounceCount: 0 },
  });
  if (updated.count === 0) return 'already-confirmed';
  const sub = await db.subscriber.findUniqueOrThrow({ where: { id: check.subscriberId } });
  await sendWelcomeEmail(sub);
  return 'valid';
}
