'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { signOutAction } from '@/app/account/sign-out';

type SessionUser = { email: string; role: string; displayName: string | null };

// Pages are cached for everyone, so the header learns who is signed in from the browser.
export function AccountSlot() {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const pathname = usePathname();
  useEffect(() => {
    let isCurrent = true;
    fetch('/api/auth/session', { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: { user?: SessionUser } | null) => isCurrent && setUser(s?.user ?? null))
      .catch(() => isCurrent && setUser(null));
    return () => {
      isCurrent = false;
    };
  }, [pathname]);

  if (user === undefined) return <span className="inline-block w-20" aria-hidden="true" />;
  if (!user) {
    return (
      <Link href={`/signin?callbackUrl=${encodeURIComponent(pathname)}`} className="whitespace-nowrap rounded bg-neutral-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
        Sign in
      </Link>
    );
  }
  const isStaff = user.role === 'moderator' || user.role === 'admin';
  return (
    <nav aria-label="Your account" className="flex items-center gap-3 text-sm">
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
