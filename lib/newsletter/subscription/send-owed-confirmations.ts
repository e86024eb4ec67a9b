// A confirmation email the mail server would not take (down, unreachable) is owed, not lost:
// the sign-up row keeps confirmSentAt empty, and the scheduler's tick sends it once the server
// answers. The reader was already told to check their inbox; the email is late, not missing.
import { db } from '../../db';
import { sendConfirmationEmail } from '../send-newsletter-email';

// Younger rows may still be in their first send (after the sign-up response): not ours yet.
const GRACE_MS = 60_000;

/** Sends up to `limit` owed confirmations; the first failure stops the round (server still down). */
export async function sendOwedConfirmations(now = new Date(), limit = 20): Promise<number> {
  const owed = await db.subscriber.findMany({
    where: {
      status: 'pending',
      confirmSentAt: null,
      confirmedAt: null,
      email: { not: null },
      updatedAt: { lt: new Date(now.getTime() - GRACE_MS), gte: new Date(now.getTime() - 48 * 3600_000) },
    },
    orderBy: { updatedAt: 'asc' },
    take: limit,
  });
  let sent = 0;
  for (const subscriber of owed) {
    await sendConfirmationEmail(subscriber);
    await db.subscriber.updateMany({
      where: { id: subscriber.id, status: 'pending', confirmSentAt: null },
      data: { confirmSentAt: new Date() },
    });
    sent += 1;
  }
  return sent;
}
