import { startInvalidationFollower } from '../platform/follow-invalidations';
import { startBounceMailboxScheduler } from '../bounces/bounce-mailbox-scheduler';
import { getEnv } from '../env';
import { startDigestScheduler } from '../newsletter/digest/digest-scheduler';
import { startNotificationScheduler } from '../notifications/notification-scheduler';
import { flushViews } from '../views/view-buffer';
import { onShutdown } from '../platform/shutdown-tasks';

// A bad configuration stops the server here, with the variable's name.
getEnv();

// Save the last few seconds of page views on a clean shutdown (scripts/serve.ts runs this).
onShutdown(flushViews);

// Due newsletter digests go out from the server itself (docs/0006-newsletter.md).
startDigestScheduler();

// Reply, approval and report emails wait in a ledger until this sender delivers them (docs/0014).
startNotificationScheduler();

// With BOUNCE_IMAP_URL, bounce and complaint reports are read from that mailbox (docs/0016).
startBounceMailboxScheduler();

// Imports on any machine reach this server's page cache through the database (docs/0002-caching.md).
startInvalidationFollower();
