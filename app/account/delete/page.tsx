import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteAccountForm } from '@/components/account/DeleteAccountForm';
import { requireUser } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Delete your account', robots: { index: false } };

export default async function DeleteAccountPage() {
  const user = await requireUser('/account/delete');
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="font-serif text-4xl font-bold">Delete your account</h1>
      <p className="mt-4">This cannot be undone. We delete your account, your display name, your sessions and any pending sign-in links.</p>
      <p className="mt-2">
        Comments you posted stay in their threads so replies still make sense, but they show “[deleted]” as the author and their text is removed.
      </p>
      <DeleteAccountForm email={user.email} />
      <p className="mt-6">
        <Link href="/account" className="underline">
          Keep my account
        </Link>
      </p>
    </div>
  );
}
