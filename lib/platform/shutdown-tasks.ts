// Work a server must finish before it exits (the last seconds of buffered page views). The app
// registers it from inside the Next.js bundle; scripts/serve.ts, outside the bundle, runs it on
// SIGTERM before exiting. globalThis is what both see of one process.
type Task = () => Promise<unknown>;
const globalForShutdown = globalThis as unknown as { dispatchShutdownTasks?: Task[] };

export function onShutdown(task: Task): void {
  (globalForShutdown.dispatchShutdownTasks ??= []).push(task);
}

/** Runs every registered task, waiting at most `timeoutMs`; failures are reported, not thrown. */
export async function runShutdownTasks(timeoutMs = 5000): Promise<void> {
  const tasks = (globalForShutdown.dispatchShutdownTasks ?? []).map((task) =>
    task().catch((err: Error) => console.error(`On shutdown: ${err.message}`)),
  );
  await Promise.race([Promise.all(tasks), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
}
