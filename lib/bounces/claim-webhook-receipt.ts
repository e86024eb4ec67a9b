// A webhook delivery is accepted once: its provider token (Mailgun) or signature (SendGrid) is
// stored, and a second delivery with the same one is a replay. Rows older than the freshness
// window can go, since a stale timestamp is refused anyway.
import { db } from '../db';

export const WEBHOOK_MAX_AGE_SECONDS = 5 * 60;

/** True the first time an id is seen; false for a replay. */
export async function claimWebhookReceipt(id: string, now = new Date()): Promise<boolean> {
  await db.webhookReceipt.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - 2 * WEBHOOK_MAX_AGE_SECONDS * 1000) } },
  });
  try {
    await db.webhookReceipt.create({ data: { id: id.slice(0, 200), createdAt: now } });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') return false;
    throw err;
  }
}

/** A provider's Unix-seconds timestamp within the window either side of now. */
export function isFreshTimestamp(seconds: string | number | undefined, now = Date.now()): boolean {
  const value = Number(seconds);
  return Number.isFinite(value) && Math.abs(now / 1000 - value) <= WEBHOOK_MAX_AGE_SECONDS;
}
