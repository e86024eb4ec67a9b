import type { Metadata } from 'next';
import { MAGIC_LINK_MINUTES } from '@/lib/auth/email-provider';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">Check your email</h1>
      <p className="mt-4 text-lg">
        If that address can receive email, a sign-in link is on its way. It works once, for {MAGIC_LINK_MINUTES}{' '}
        minutes.
      </p>
      <p className="mt-4 text-neutral-700 dark:text-neutral-300">
        Nothing arrived? Look in your spam folder, or go back and check the address for typos.
      </p>
    </div>
  );
}
