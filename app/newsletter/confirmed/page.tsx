import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Subscription confirmed', robots: { index: false } };

export default function SubscriptionConfirmedPage() {
  return (
    <div className="mx-auto max-w-md" role="status">
      <h1 className="font-serif text-4xl font-bold">You’re subscribed</h1>
      <p className="mt-4 text-lg">
        Thanks for confirming. A welcome email is on its way, with links to change your choices or unsubscribe at any
        time.
      </p>
      <p className="mt-6">
        <Link href="/" className="underline">
          Read today’s stories
        </Link>
      </p>
    </div>
  );
}
