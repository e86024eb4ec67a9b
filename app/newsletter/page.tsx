import type { Metadata } from 'next';
import { SubscribeForm } from '@/components/newsletter/SubscribeForm';
import { getCurrentUser } from '@/lib/auth/current-user';
import { listNewsletterChoices } from '@/lib/newsletter/subscription/newsletter-choices';

export const metadata: Metadata = {
  title: 'Newsletter',
  description: 'The Dispatch digest: the stories most worth your time, daily or weekly.',
};

export default async function NewsletterPage() {
  const [{ sections, topics }, user] = await Promise.all([listNewsletterChoices(), getCurrentUser()]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">The Dispatch digest</h1>
      <p className="mt-3 text-lg text-neutral-700 dark:text-neutral-300">
        Eight to ten stories, chosen by what readers found most worth reading and what is newest: every morning, or once
        a week. Pick sections and topics, or leave them empty for our top stories.
      </p>
      <p className="mt-3 text-neutral-700 dark:text-neutral-300">
        {user
          ? `Signed in as ${user.email}: subscribe with that address and you’re in at once, no confirmation needed.`
          : 'We email you a link to confirm first. Every digest has a one-click unsubscribe link.'}
      </p>
      <div className="mt-6">
        <SubscribeForm idPrefix="newsletter-page" sections={sections} topics={topics} />
      </div>
    </div>
  );
}
