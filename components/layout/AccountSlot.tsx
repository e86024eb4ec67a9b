'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { signOutAction } from '@/components/auth/actions/sign-out';
import { buttonClass } from '@/components/ui/styles';

type SessionUser = { email: string; role: string; displayName: string | null };

// Set for two minutes by the sign-in POST (lib/auth/email-callback.ts); read once, then cleared.
const NOTICE = 'dispatch-notice=signed-in';
function takeSignedInNotice(): boolean {
  if (!document.cookie.split('; ').includes(NOTICE)) return false;
  document.cookie = 'dispatch-notice=; Path=/; Max-Age=0; SameSite=Lax';
  return true;
}

// Pages are cached for everyone, so the header learns who is signed in from the browser.
export function AccountSlot() {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [isJustSignedIn, setIsJustSignedIn] = useState(false);
  const pathname = usePathname();
  useEffect(() => {
    let isCurrent = true;
    fetch('/api/auth/session', { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: { user?: SessionUser } | null) => {
        if (!isCurrent) return;
        setUser(s?.user ?? null);
        if (s?.user && takeSignedInNotice()) setIsJustSignedIn(true);
      })
      .catch(() => isCurrent && setUser(null));
    return () => {
      isCurrent = false;
    };
  }, [pathname]);

  if (user === undefined) return <span className="inline-block w-20" aria-hidden="true" />;
  if (!user) {
    return (
      <Link
        href={`/signin?callbackUrl=${encodeURIComponent(pathname)}`}
        className={buttonClass({ size: 'sm', className: 'text-sm whitespace-nowrap' })}
      >
        Sign in
      </Link>
    );
  }
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
