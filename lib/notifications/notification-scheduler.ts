// `npm start` sends comment notifications by itself: a check every minute on every instance
// (the lease in deliverNotifications lets one send at a time), plus a nudge right after a
// reply or an approval so "immediately" means seconds, not up to a minute.
import { deliverNotifications } from './deliver-notifications';

const TICK_MS = 60_000;
const NUDGE_DELAY_MS = 500;
const state = globalThis as unknown as {
  dispatchNotificationTimer?: NodeJS.Timeout;
  dispatchNotificationRun?: { isRunning: boolean; isAgain: boolean };
};

/** Runs the sender now unless this process is already running it (then once more after). */
export function runNotificationsSoon(delayMs = NUDGE_DELAY_MS): void {
  const run = (state.dispatchNotificationRun ??= { isRunning: false, isAgain: false });
  setTimeout(() => {
    if (run.isRunning) {
      run.isAgain = true;
      return;
    }
    run.isRunning = true;
    deliverNotifications()
      .catch((err) => console.error('Comment notifications failed; they will be tried again in a minute', err))
      .finally(() => {
        run.isRunning = false;
        if (run.isAgain) {
          run.isAgain = false;
          runNotificationsSoon(0);
        }
      });
  }, delayMs).unref();
}

export function startNotificationScheduler(): void {
  if (state.dispatchNotificationTimer) return;
  state.dispatchNotificationTimer = setInterval(() => runNotificationsSoon(0), TICK_MS);
  state.dispatchNotificationTimer.unref();
  runNotificationsSoon(5_000);
}
