import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

export default function NewsletterCheckEmailPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">Check your inbox</h1>
      <p className="mt-4 text-lg">
        If that address can receive email, a message to confirm your subscription is on its way. The link in it works
        for 48 hours.
      </p>
      <p className="mt-4 text-neutral-700 dark:text-neutral-300">
        Nothing arrived? Look in your spam folder, or go back and check the address for typos.
      </p>
    </div>
  );
}
