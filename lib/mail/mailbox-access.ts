// /dev/mailbox holds everyone's sign-in links, so it opens only where no one else can reach it:
// without SMTP_URL, and under `npm run dev` or for a browser on this machine that talks to the
// server directly (a proxy on the same machine adds X-Forwarded-For, and then it stays shut).
import 'server-only';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getEnv } from '../env';
import { isLocalClient } from '../security/client-ip';

export async function assertMailboxOpen(): Promise<void> {
  const env = getEnv();
  if (env.SMTP_URL) notFound();
  if (env.NODE_ENV !== 'development' && !isLocalClient(await headers())) notFound();
}
