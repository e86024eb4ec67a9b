// Daily summaries go out once a day at a fixed hour: every reply queued for a reader that day
// shares the same due time, so the sender finds them together and sends one email.
export const DAILY_SUMMARY_HOUR_UTC = 17;

/** The next summary time strictly after `now` (today at 17:00 UTC, or tomorrow's). */
export function nextDailySummaryAt(now: Date): Date {
  const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DAILY_SUMMARY_HOUR_UTC));
  if (due.getTime() <= now.getTime()) due.setUTCDate(due.getUTCDate() + 1);
  return due;
}
