// npm run notifications — sends the due comment notifications (replies, approvals, report
// alerts) now, as every running server does each minute. Safe to re-run and to run after a
// crash or beside a server: the lease and the ledger send each email once (docs/0014).
import './lib/load-env-files';
import { loadCommandConfig } from './lib/load-command-config';

// Every email carries a signed one-click link: without the secret nothing may be claimed or sent.
loadCommandConfig({ needsAuthSecret: 'Nothing was claimed or sent.' });
const { db } = await import('../lib/db');
const { closeMailTransport } = await import('../lib/mail/mail-transport');
const { deliverNotifications } = await import('../lib/notifications/deliver-notifications');

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    console.error(`\n${signal}: finishing the message in flight, then stopping. Re-run to send the rest.`);
    stop.abort();
  });

const summary = await deliverNotifications({ signal: stop.signal });
if (summary.status === 'busy') console.log('Another process is sending comment notifications; nothing to do here.');
else
  console.log(
    `Comment notifications ${summary.status}: ${summary.sent} sent, ${summary.failed} failed, ${summary.skipped} skipped` +
      (summary.abandoned ? `, ${summary.abandoned} left undecided by a stopped run (not resent)` : ''),
  );
closeMailTransport();
await db.$disconnect();
process.exit(summary.status === 'interrupted' ? 3 : 0);
