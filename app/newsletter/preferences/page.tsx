import type { Metadata } from 'next';
import Link from 'next/link';
import { PreferencesForm } from '@/components/newsletter/PreferencesForm';
import { UnsubscribeButton } from '@/components/newsletter/UnsubscribeButton';
import { parseSlugList } from '@/lib/newsletter/digest/digest-ranking';
import { findByPreferencesToken } from '@/lib/newsletter/subscription/manage-preferences';
import { listNewsletterChoices } from '@/lib/newsletter/subscription/newsletter-choices';
import { tokenFor } from '@/lib/newsletter/newsletter-urls';

export const metadata: Metadata = {
  title: 'Newsletter preferences',
  robots: { index: false },
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<{ token?: string | string[] }> };

const PROBLEMS = {
  invalid:
    'This preferences link doesn’t work. Use the link in your most recent digest, or sign in and manage your newsletter from your account.',
  expired:
    'This preferences link has expired. Use the link in your most recent digest, or sign in and manage your newsletter from your account.',
  unsubscribed: 'This address is unsubscribed, so there is nothing to manage. You can sign up again at any time.',
};

export default async function PreferencesPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const found = await findByPreferencesToken(token);
  if (!found.ok) {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="font-serif text-4xl font-bold">Newsletter preferences</h1>
        <p className="mt-4 text-lg">{PROBLEMS[found.reason]}</p>
        <p className="mt-6">
          <Link href="/newsletter" className="underline">
            Newsletter sign-up
          </Link>
        </p>
      </div>
    );
  }
  const { sections, topics } = await listNewsletterChoices();
  const s = found.subscriber;
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <header>
        <h1 className="font-serif text-4xl font-bold">Newsletter preferences</h1>
        {s.status !== 'active' && (
          <p className="mt-3 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm dark:bg-amber-950">
            {s.status === 'suspended'
              ? 'Delivery is paused because messages to this address kept bouncing. Sign up again to restart it.'
              : 'This subscription is not confirmed yet: use the link in the confirmation email.'}
          </p>
        )}
      </header>
      <PreferencesForm
        token={token}
        sections={sections}
        topics={topics}
        defaults={{ frequency: s.frequency, sections: parseSlugList(s.sections), topics: parseSlugList(s.topics) }}
      />
      <section aria-labelledby="leave-heading">
        <h2 id="leave-heading" className="mb-3 text-xl font-bold">
          Leave
        </h2>
        <p className="mb-3 text-neutral-700 dark:text-neutral-300">
          Stop all newsletter emails. We keep only what stops us writing to you again.
        </p>
        <UnsubscribeButton token={tokenFor('unsubscribe', s)} />
      </section>
    </div>
  );
}
