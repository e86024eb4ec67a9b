'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { lazy, Suspense, useEffect, useState } from 'react';
import { buttonClass } from '@/components/ui/styles';
import type { SessionUser } from './AccountMenu';

// Signed-out readers (most of them) get the sign-in link only, not the signed-in menu's code.
const AccountMenu = lazy(() => import('./AccountMenu').then((m) => ({ default: m.AccountMenu })));
const placeholder = <span className="inline-block w-20" aria-hidden="true" />;

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

  if (user === undefined) return placeholder;
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
  return (
    <Suspense fallback={placeholder}>
      <AccountMenu user={user} isJustSignedIn={isJustSignedIn} />
    </Suspense>
  );
}
