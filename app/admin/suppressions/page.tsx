import type { Metadata } from 'next';
import Link from 'next/link';
import { AddSuppressionForm } from '@/components/suppressions/AddSuppressionForm';
import { RemoveSuppressionButton } from '@/components/suppressions/RemoveSuppressionButton';
import { SoftBounceForm } from '@/components/suppressions/SoftBounceForm';
import { buttonClass, inputClass } from '@/components/ui/styles';
import { requireRole } from '@/lib/auth/current-user';
import { listSuppressions, SUPPRESSION_PAGE_SIZE } from '@/lib/bounces/list-suppressions';
import { getNewsletterSettings } from '@/lib/newsletter/newsletter-settings';

export const metadata: Metadata = { title: 'Suppression list', robots: { index: false } };

const REASONS: Record<string, string> = {
  'hard-bounce': 'Hard bounce',
  'soft-bounces': 'Repeated soft bounces',
  complaint: 'Spam complaint',
  manual: 'Added by an admin',
};

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

export default async function SuppressionsPage({ searchParams }: Props) {
  await requireRole('admin', '/admin/suppressions');
  const params = await searchParams;
  const query = String(params.q ?? '').trim();
  const page = Math.max(1, Number.parseInt(String(params.page ?? '1'), 10) || 1);
  const [{ rows, total }, settings] = await Promise.all([listSuppressions(query, page), getNewsletterSettings()]);
  const pages = Math.max(1, Math.ceil(total / SUPPRESSION_PAGE_SIZE));
  const pageLink = (n: number) =>
    `/admin/suppressions?${new URLSearchParams({ ...(query && { q: query }), page: String(n) })}`;
  return (
    <div className="mx-auto max-w-4xl space-y-10">
      <header>
        <h1 className="font-serif text-4xl font-bold">Suppression list</h1>
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">
          The site sends these addresses nothing but sign-in links: hard bounces, repeated soft bounces and spam
          complaints are added as they are reported.{' '}
          <Link href="/admin/newsletter" className="underline">
            Newsletter admin
          </Link>
        </p>
      </header>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-3 text-xl font-bold">
          Suppressed addresses ({total})
        </h2>
        <form
          method="get"
          role="search"
          aria-label="Search the suppression list"
          className="mb-4 flex flex-wrap items-end gap-3"
        >
          <label className="block grow">
            <span className="font-semibold">Search by address</span>
            <input name="q" type="search" defaultValue={query} className={inputClass('mt-1 w-full')} />
          </label>
          <button type="submit" className={buttonClass({ variant: 'secondary' })}>
            Search
          </button>
        </form>
        {rows.length === 0 ? (
          <p role="status">{query ? 'No suppressed address matches that search.' : 'No address is suppressed.'}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-neutral-300 dark:border-neutral-700">
                <th scope="col" className="py-2 pr-3">
                  Address
                </th>
                <th scope="col" className="py-2 pr-3">
                  Reason
                </th>
                <th scope="col" className="py-2 pr-3">
                  Since
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
                  <td className="py-2 pr-3 break-all">{row.email ?? <em>erased with the account</em>}</td>
                  <td className="py-2 pr-3">
                    {REASONS[row.reason] ?? row.reason}
                    {row.detail && <span className="block text-neutral-600 dark:text-neutral-400">{row.detail}</span>}
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <time dateTime={row.createdAt.toISOString()}>{row.createdAt.toISOString().slice(0, 10)}</time>
                  </td>
                  <td className="py-2">
                    <RemoveSuppressionButton id={row.id} label={row.email ?? 'this address'} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {pages > 1 && (
          <nav aria-label="Suppression list pages" className="mt-4 flex gap-4">
            {page > 1 && <Link href={pageLink(page - 1)}>Previous</Link>}
            <span>
              Page {page} of {pages}
            </span>
            {page < pages && <Link href={pageLink(page + 1)}>Next</Link>}
          </nav>
        )}
      </section>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading" className="mb-3 text-xl font-bold">
          Suppress an address
        </h2>
        <AddSuppressionForm />
      </section>
      <section aria-labelledby="soft-heading">
        <h2 id="soft-heading" className="mb-3 text-xl font-bold">
          Soft bounces
        </h2>
        <p className="mb-3 text-neutral-700 dark:text-neutral-300">
          A temporary failure (a full mailbox, a server refusing for now) suppresses an address only when it repeats.
        </p>
        <SoftBounceForm
          settings={{ softBounceLimit: settings.softBounceLimit, softBounceDays: settings.softBounceDays }}
        />
      </section>
    </div>
  );
}
