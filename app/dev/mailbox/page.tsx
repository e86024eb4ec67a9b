// Every email the site "sent" while no SMTP_URL is set, newest first (shared/PRODUCT.md).
import Link from 'next/link';
import { assertMailboxOpen } from '@/lib/mail/mailbox-access';
import { listCapturedMail } from '@/lib/mail/mailbox';
import { formatDateTime } from '@/lib/site';

// New mail lands on disk at any moment; never serve a cached list.
export const dynamic = 'force-dynamic';

export default async function MailboxPage() {
  await assertMailboxOpen();
  const messages = await listCapturedMail();
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Mailbox</h1>
      {messages.length === 0 ? (
        <p className="mt-6 text-neutral-700 dark:text-neutral-300">
          No email yet. Sign-in links, newsletter confirmations and digests appear here as soon as the site sends them.
        </p>
      ) : (
        <table className="mt-6 w-full text-left text-sm">
          <caption className="sr-only">Captured emails, newest first</caption>
          <thead className="border-b-2 border-neutral-900 text-xs tracking-widest uppercase dark:border-neutral-100">
            <tr>
              <th scope="col" className="py-2 pr-4">
                To
              </th>
              <th scope="col" className="py-2 pr-4">
                Subject
              </th>
              <th scope="col" className="py-2">
                Time
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                <td className="py-3 pr-4 break-all">{m.to.join(', ')}</td>
                <td className="py-3 pr-4">
                  <Link href={`/dev/mailbox/${m.id}`} className="font-semibold hover:underline">
                    {m.subject}
                  </Link>
                </td>
                <td className="py-3 whitespace-nowrap text-neutral-600 dark:text-neutral-400">
                  <time dateTime={m.date}>{formatDateTime(new Date(m.date))}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
