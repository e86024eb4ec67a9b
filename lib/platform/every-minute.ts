// A job `npm start` runs once a minute on each instance (digests, the bounce mailbox): one timer
// per process however often the module is loaded, never two runs of the job at once, and a first
// run soon after start rather than a minute later.
const TICK_MS = 60_000;
const FIRST_TICK_MS = 5_000;
const timers = ((globalThis as unknown as { dispatchMinuteJobs?: Set<string> }).dispatchMinuteJobs ??= new Set());

/** `run` must not throw: it says in the log what went wrong, and the next minute tries again. */
export function runEveryMinute(name: string, run: () => Promise<void>): void {
  if (timers.has(name)) return;
  timers.add(name);
  let isRunning = false;
  const tick = () => {
    if (isRunning) return;
    isRunning = true;
    void run().finally(() => (isRunning = false));
  };
  // unref: the timer never keeps a process (a build worker, a script) alive on its own.
  setInterval(tick, TICK_MS).unref();
  setTimeout(tick, FIRST_TICK_MS).unref();
}
