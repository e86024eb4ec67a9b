import type { Metadata } from 'next';
import Link from 'next/link';
import { DigestHistory } from '@/components/newsletter/admin/DigestHistory';
import { SettingsForm } from '@/components/newsletter/admin/SettingsForm';
import { requireRole } from '@/lib/auth/current-user';
import { checkEmailAddress } from '@/lib/mail/email-address';
import { countSubscribersByStatus, findSubscriberIdByAddress } from '@/lib/newsletter/subscription/subscriber-counts';
import { getNewsletterSettings } from '@/lib/newsletter/newsletter-settings';
import { previewDigestFor } from '@/lib/newsletter/digest/preview-digest';
import { buttonClass, inputClass } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Newsletter admin', robots: { index: false } };

type Props = { searchParams: Promise<{ subscriber?: string }> };

export default async function NewsletterAdminPage({ searchParams }: Props) {
  await requireRole('admin', '/admin/newsletter');
  const wanted = String((await searchParams).subscriber ?? '').trim();
  const settings = await getNewsletterSettings();
  const counts = await countSubscribersByStatus();
  const address = wanted ? checkEmailAddress(wanted) : undefined;
  const subscriberId = address?.ok ? await findSubscriberIdByAddress(address.key) : null;
  const preview = subscriberId ? await previewDigestFor(subscriberId) : null;
  return (
    <div className="mx-auto max-w-4xl space-y-12">
      <header>
        <h1 className="font-serif text-4xl font-bold">Newsletter</h1>
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">
          Subscribers: {counts.find((c) => c.status === 'active')?.count ?? 0}
          {counts
            .filter((c) => c.status !== 'active')
            .map((c) => ` · ${c.count} ${c.status === 'pending' ? 'awaiting confirmation (not counted)' : c.status}`)
            .join('')}
        </p>
        <p className="mt-1">
          <Link href="/admin/suppressions" className="underline">
            Suppression list
          </Link>{' '}
          (bounces and complaints)
        </p>
      </header>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-xl font-bold">
          Digest history
        </h2>
        <DigestHistory />
      </section>
      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading" className="mb-3 text-xl font-bold">
          Preview the next digest
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <label className="block grow">
            <span className="font-semibold">Subscriber’s email</span>
            <input name="subscriber" type="email" defaultValue={wanted} className={inputClass('mt-1 w-full')} />
          </label>
          <button type="submit" className={buttonClass()}>
            Preview
          </button>
        </form>
        <div role="status" className="mt-4">
          {wanted && !preview && <p>No subscriber with that address.</p>}
          {preview && (
            <>
              <p className="mb-2 text-sm">
                {preview.frequency} digest for {preview.email}: “{preview.subject}”
              </p>
              {/* sandbox without permissions: the email's HTML runs no script and cannot navigate this page */}
              <iframe
                title={`Digest preview for ${preview.email}`}
                srcDoc={preview.html}
                sandbox=""
                className="h-[70vh] w-full rounded border border-neutral-300 bg-white"
              />
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="mb-3 text-xl font-bold">
          Schedule and sending
        </h2>
        <SettingsForm settings={settings} />
      </section>
    </div>
  );
}
