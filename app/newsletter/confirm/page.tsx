import type { Metadata } from 'next';
import Link from 'next/link';
import { inspectConfirmToken } from '@/lib/newsletter/subscription/confirm-subscription';
import { confirmSubscriptionAction } from '../../../components/newsletter/actions/confirm-subscription';
import { buttonClass } from '@/components/ui/styles';

export const metadata: Metadata = {
  title: 'Confirm your subscription',
  robots: { index: false },
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<{ token?: string | string[] }> };

const FAILED = {
  expired: ['This confirmation link has expired', 'Links work for 48 hours. Sign up again and we’ll send a new one.'],
  invalid: [
    'This confirmation link doesn’t work',
    'It may be incomplete, or a newer link has replaced it. Sign up again for a new one.',
  ],
} as const;

// Opening the link only shows this page; the button confirms, so mail scanners that fetch
// links cannot subscribe anyone.
export default async function ConfirmSubscriptionPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const { state, email } = await inspectConfirmToken(token);
  if (state === 'already-confirmed') {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="font-serif text-4xl font-bold">You’re already subscribed</h1>
        <p className="mt-4 text-lg">This subscription was confirmed before. There’s nothing more to do.</p>
      </div>
    );
  }
  if (state !== 'valid') {
    const [title, text] = FAILED[state];
    return (
      <div className="mx-auto max-w-md">
        <h1 className="font-serif text-4xl font-bold">{title}</h1>
        <p className="mt-4 text-lg">{text}</p>
        <p className="mt-6">
          <Link href="/newsletter" className="underline">
            Sign up again
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">Confirm your subscription</h1>
      <p className="mt-4 text-lg">
        Send the Dispatch digest to <strong>{email}</strong>?
      </p>
      <form action={confirmSubscriptionAction} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass({ className: 'w-full' })}>
          Confirm subscription
        </button>
      </form>
    </div>
  );
}
