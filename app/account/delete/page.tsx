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
      <p className="mt-4">
        This cannot be undone. We delete your account, your display name, your sessions, any pending sign-in links, the
        edit history of your comments, and the reports and recommendations you made. Your newsletter subscription ends
        and your address is erased.
      </p>
      <p className="mt-2">
        The text of every comment you posted is erased. Where others replied, the replies stay, under “Comment removed
        by its author”.
      </p>
      <p className="mt-2">
        Want a copy first?{' '}
        <a href="/account/export" className="underline">
          Download my data
        </a>
        .
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
