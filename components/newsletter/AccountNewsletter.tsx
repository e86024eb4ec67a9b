// The Newsletters section of /account: the reader's subscription, found by account link or
// address, with the same preferences page and unsubscribe endpoint the emails use.
import Link from 'next/link';
import { subscribeSignedInReader } from '@/components/newsletter/actions/subscribe-signed-in-reader';
import { getAccountFlags } from '@/lib/accounts/get-account-flags';
import { describeInterests } from '@/lib/newsletter/subscription/newsletter-choices';
import { tokenFor } from '@/lib/newsletter/newsletter-urls';
import { findUserSubscription } from '@/lib/newsletter/subscription/subscribe-user';
import { UnsubscribeButton } from './UnsubscribeButton';
import { buttonClass, inputClass } from '@/components/ui/styles';

export async function AccountNewsletter({ userId, email }: { userId: string; email: string }) {
  const [sub, user] = await Promise.all([findUserSubscription(userId, email), getAccountFlags(userId)]);
  if (sub?.status === 'active') {
    return (
      <div className="space-y-3">
        <p>
          You get the <strong>{sub.frequency}</strong> digest: {await describeInterests(sub.sections, sub.topics)}.
        </p>
        <p>
          <Link href={`/newsletter/preferences?token=${tokenFor('preferences', sub)}`} className="underline">
            Change newsletter preferences
          </Link>
        </p>
        <UnsubscribeButton token={tokenFor('unsubscribe', sub)} label="Unsubscribe from the newsletter" />
      </div>
    );
  }
  if (!user?.emailVerified) {
    return (
      <p className="text-neutral-700 dark:text-neutral-300">
        <Link href="/newsletter" className="underline">
          Sign up for the digest
        </Link>{' '}
        — we’ll email {email} a link to confirm.
      </p>
    );
  }
  return (
    <form action={subscribeSignedInReader} className="flex flex-wrap items-end gap-3">
      <label className="block">
        <span className="font-semibold">Digest frequency</span>
        <select name="frequency" defaultValue="daily" className={inputClass('mt-1 block')}>
          <option value="daily">Daily</option>
          <option value="weekly">Weekly</option>
        </select>
      </label>
      <button type="submit" className={buttonClass()}>
        Subscribe to the digest
      </button>
      <p className="w-full text-sm text-neutral-600 dark:text-neutral-400">
        Sent to {email}. No confirmation needed: you signed in with this address.
      </p>
    </form>
  );
}
