// `npm start` sends due digests by itself: every minute each instance checks the schedule in
// the settings row and joins the due digest as one more sender; one digest per slot and the
// ledger's claims make sure nobody gets it twice, however many instances send.
import { findDigestForSlot } from './create-digest';
import { isSlotDue, type Frequency } from './digest-schedule';
import { getNewsletterSettings } from '../newsletter-settings';
import { runDigest } from './run-digest';
import { runEveryMinute } from '../../platform/every-minute';
import { purgeExpiredSignUps } from '../subscription/purge-expired-sign-ups';
import { sendOwedConfirmations } from '../subscription/send-owed-confirmations';

const FREQUENCIES: Frequency[] = ['daily', 'weekly'];

export async function runDueDigests(now = new Date()): Promise<void> {
  // Unconfirmed sign-ups past their confirmation window and spent challenges go (data
  // minimisation), also where digests are sent from cron with the scheduler turned off.
  await purgeExpiredSignUps(now);
  const settings = await getNewsletterSettings();
  if (!settings.isSchedulerEnabled) return;
  for (const frequency of FREQUENCIES) {
    if (!isSlotDue(frequency, now, settings)) continue;
    const existing = await findDigestForSlot(frequency, now, settings);
    if (existing?.status === 'sent') continue;
    // Every instance joins the due digest as one more sender (docs/0018).
    const summary = await runDigest({ frequency, now });
    console.info(
      `Digest ${frequency}: ${summary.status}, ${summary.counts.sent} sent, ${summary.counts.failed} failed`,
    );
  }
  await sendOwedConfirmations(now).catch((err: Error) =>
    console.warn(`Owed newsletter confirmations wait for the mail server: ${err.message}`),
  );
}

export function startDigestScheduler(): void {
  runEveryMinute('digests', () =>
    runDueDigests().catch((err) => console.error('Digest scheduler failed; it will try again in a minute', err)),
  );
}
