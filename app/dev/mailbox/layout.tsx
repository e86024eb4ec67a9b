// Shared frame for the local mailbox. The check (lib/mail/mailbox-access.ts) runs here and in
// each page, so where the mailbox is shut not even the banner renders: the segment is a 404.
import type { Metadata } from 'next';
import { assertMailboxOpen } from '@/lib/mail/mailbox-access';

export const metadata: Metadata = { title: 'Mailbox', robots: { index: false, follow: false } };

export default async function MailboxLayout({ children }: { children: React.ReactNode }) {
  await assertMailboxOpen();
  return (
    <div className="mx-auto max-w-4xl">
      <p
        role="note"
        className="mb-8 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        <strong>Mail is captured locally — nothing is sent.</strong> Set SMTP_URL to deliver email.
      </p>
      {children}
    </div>
  );
}
