// Runs once when a server starts; the Node-only part lives in its own file so the Edge build
// never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./lib/setup/on-server-start');
}
