'use client';

import Link from 'next/link';
import { signOutAction } from '@/components/auth/actions/sign-out';

export type SessionUser = { email: string; role: string; displayName: string | null };

/** The header's links for a signed-in reader; loaded only once the session says there is one. */
export function AccountMenu({ user, isJustSignedIn }: { user: SessionUser; isJustSignedIn: boolean }) {
  const isStaff = user.role === 'moderator' || user.role === 'admin';
  return (
    <nav aria-label="Your account" className="flex items-center gap-3 text-sm">
      {isJustSignedIn && (
        <p
          role="status"
          className="rounded bg-green-100 px-2 py-1 font-semibold text-green-900 dark:bg-green-950 dark:text-green-100"
        >
          Signed in as {user.displayName ?? user.email}
        </p>
      )}
      <Link href="/account" className="font-semibold hover:underline">
        {user.displayName ?? 'Your account'}
      </Link>
      {isStaff && (
        <Link href="/moderation" className="hover:underline">
          Moderation
        </Link>
      )}
      <form action={signOutAction}>
        <button type="submit" className="hover:underline">
          Sign out
        </button>
      </form>
    </nav>
  );
}
