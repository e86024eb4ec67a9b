// A webhook delivery is accepted once: its provider token (Mailgun) or signature (SendGrid) is
// stored, and a second delivery with the same one is a replay. Rows older than the freshness
// window can go, since a stale timestamp is refused anyway: at most once a minute per process,
// as a digest's bounces arrive in bursts and a DELETE per call would be a write per call.
import { db } from '../db';

export const WEBHOOK_MAX_AGE_SECONDS = 5 * 60;
const PRUNE_EVERY_MS = 60_000;
let lastPruneMs: number | undefined;

/** True the first time an id is seen; false for a replay. */
export async function claimWebhookReceipt(id: string, now = new Date()): Promise<boolean> {
  // Math.abs: a clock set back does not stop pruning.
  if (lastPruneMs === undefined || Math.abs(now.getTime() - lastPruneMs) >= PRUNE_EVERY_MS) {
    lastPruneMs = now.getTime();
    await db.webhookReceipt.deleteMany({
      where: { createdAt: { lt: new Date(now.getTime() - 2 * WEBHOOK_MAX_AGE_SECONDS * 1000) } },
    });
  }
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
