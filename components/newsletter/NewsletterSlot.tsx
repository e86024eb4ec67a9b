// The newsletter sign-up box on the front page, article pages and in the footer. A server
// component: only the form inside is a client leaf. Pages are cached for everyone, so it never
// depends on who is signed in; the action recognises a signed-in reader when they submit.
import Link from 'next/link';
import { listNewsletterChoices } from '@/lib/newsletter/subscription/newsletter-choices';
import { SubscribeForm } from './SubscribeForm';

type Placement = 'front' | 'article' | 'footer';

export async function NewsletterSlot({ placement }: { placement: Placement }) {
  const headingId = `newsletter-${placement}-heading`;
  if (placement === 'footer') {
    return (
      <section aria-labelledby={headingId}>
        <h2 id={headingId} className="text-sm font-bold tracking-widest uppercase">
          Newsletter
        </h2>
        <p className="mt-3 mb-3 text-sm">The day’s best stories in your inbox.</p>
        <SubscribeForm idPrefix="newsletter-footer" sections={[]} isCompact />
      </section>
    );
  }
  const { sections } = await listNewsletterChoices();
  return (
    <section
      aria-labelledby={headingId}
      className="my-10 rounded border border-neutral-300 bg-neutral-50 p-5 dark:border-neutral-700 dark:bg-neutral-900"
    >
      <h2 id={headingId} className="font-serif text-2xl font-bold">
        Get the Dispatch digest
      </h2>
      <p className="mt-2 mb-4 text-neutral-700 dark:text-neutral-300">
        The stories most worth your time, daily or weekly. Confirm by email; leave with one click.{' '}
        <Link href="/newsletter" className="underline">
          More choices
        </Link>
      </p>
      <SubscribeForm idPrefix={`newsletter-${placement}`} sections={sections} />
    </section>
  );
}
