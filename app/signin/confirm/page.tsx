import type { Metadata } from 'next';
import Link from 'next/link';
import { inspectSignInToken } from '@/lib/auth/verification-token';
import { buttonClass } from '@/components/ui/styles';

// same-origin, not no-referrer: the token in the address never leaves the site either way, and
// under no-referrer the browser sends `Origin: null` with the button's POST.
export const metadata: Metadata = { title: 'Confirm sign-in', robots: { index: false }, referrer: 'same-origin' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

// Opening the emailed link only shows this page; the token is spent by the button's same-origin
// POST (lib/auth/email-callback.ts), so mail scanners that fetch links cannot sign anyone in or
// use up the link, and a foreign page cannot sign a browser into someone else's account.
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const token = one(params.token);
  const email = one(params.email);
  const callbackUrl = one(params.callbackUrl);
  const state = await inspectSignInToken(email, token);

  if (state !== 'valid') {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="font-serif text-4xl font-bold">
          {state === 'expired' ? 'This sign-in link has expired' : 'This sign-in link no longer works'}
        </h1>
        <p className="mt-4 text-lg">
          {state === 'expired'
            ? 'Links work for 10 minutes after we send them.'
            : 'Each link works once, and this one has been used or replaced by a newer one.'}{' '}
          You have not been signed in.
        </p>
        <p className="mt-6">
          <Link href="/signin" className={buttonClass()}>
            Send me a new link
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">Sign in to Dispatch</h1>
      <p className="mt-4 text-lg">
        You are signing in as <strong>{email}</strong>.
      </p>
      <form action="/api/auth/callback/email" method="post" className="mt-6">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
        <button type="submit" className={buttonClass({ className: 'w-full' })}>
          Complete sign-in
        </button>
      </form>
    </div>
  );
}
