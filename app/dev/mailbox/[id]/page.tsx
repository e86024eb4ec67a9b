// One captured email: both parts and every header, as a mail client would receive it.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { assertMailboxOpen } from '@/lib/mail/mailbox-access';
import { getCapturedMail } from '@/lib/mail/mailbox';
import { splitLinks } from '@/lib/mail/split-links';
import { formatDateTime } from '@/lib/site';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const sectionHeading = 'mt-10 mb-3 text-sm font-bold uppercase tracking-widest';

export default async function CapturedMailPage({ params }: Props) {
  await assertMailboxOpen();
  const { id } = await params;
  const mail = await getCapturedMail(id);
  if (!mail) notFound();

  return (
    <article aria-labelledby="mail-subject">
      <p className="text-sm">
        <Link href="/dev/mailbox" className="underline">
          ← All captured mail
        </Link>
      </p>
      <h1 id="mail-subject" className="mt-4 font-serif text-3xl font-bold">
        {mail.subject || '(no subject)'}
      </h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">From</dt>
        <dd className="break-all">{mail.from}</dd>
        <dt className="font-semibold">To</dt>
        <dd className="break-all">{mail.to}</dd>
        <dt className="font-semibold">Date</dt>
        <dd>{mail.date ? <time dateTime={mail.date.toISOString()}>{formatDateTime(mail.date)}</time> : 'unknown'}</dd>
      </dl>

      <section aria-labelledby="mail-html">
        <h2 id="mail-html" className={sectionHeading}>
          HTML version
        </h2>
        {mail.html ? (
          // sandbox="" : no scripts, forms or navigation from the email's own markup.
          <iframe
            title={`HTML version of “${mail.subject}”`}
            sandbox=""
            srcDoc={mail.html}
            className="h-[36rem] w-full rounded border border-neutral-300 bg-white dark:border-neutral-700"
          />
        ) : (
          <p className="text-neutral-600 dark:text-neutral-400">This email has no HTML part.</p>
        )}
      </section>

      <section aria-labelledby="mail-text">
        <h2 id="mail-text" className={sectionHeading}>
          Plain-text version
        </h2>
        {/* Links are live here because the sandboxed HTML above cannot navigate. */}
        <pre
          data-mail-text
          className="overflow-x-auto rounded border border-neutral-300 bg-neutral-50 p-4 font-mono text-sm break-words whitespace-pre-wrap dark:border-neutral-700 dark:bg-neutral-900"
        >
          {splitLinks(mail.text).map((piece, i) =>
            piece.kind === 'link' ? (
              <a
                key={i}
                href={piece.value}
                className="break-all text-[var(--color-brand)] underline dark:text-[var(--color-brand-dark)]"
              >
                {piece.value}
              </a>
            ) : (
              piece.value
            ),
          )}
        </pre>
      </section>

      <section aria-labelledby="mail-headers">
        <h2 id="mail-headers" className={sectionHeading}>
          Headers
        </h2>
        <table className="w-full text-left font-mono text-xs">
          <caption className="sr-only">Message headers, in the order they appear</caption>
          <thead>
            <tr className="border-b border-neutral-300 dark:border-neutral-700">
              <th scope="col" className="py-1 pr-4">
                Name
              </th>
              <th scope="col" className="py-1">
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {mail.headers.map(([name, value], i) => (
              <tr key={i} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                <th scope="row" className="py-1 pr-4 font-semibold whitespace-nowrap">
                  {name}
                </th>
                <td className="py-1 break-all">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
