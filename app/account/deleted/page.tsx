import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="font-serif text-4xl font-bold">Your account has been deleted</h1>
      <p className="mt-4">Thank you for reading. You can still read Dispatch without an account, and sign up again at any time.</p>
      <p className="mt-6">
        <Link href="/" className="underline">
          Front page
        </Link>
      </p>
    </div>
  );
}
