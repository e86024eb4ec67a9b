import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/SignInForm';
import { enabledOAuthProviders, signIn } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { buttonClass } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeReturnPath(Array.isArray(raw) ? raw[0] : raw);
  if (await getCurrentUser()) redirect(callbackUrl);
  const oauth = enabledOAuthProviders();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">Sign in or sign up</h1>
      <p className="mt-3 text-neutral-700 dark:text-neutral-300">
        New here? Signing up is quick and free — enter your email and we’ll send you a link. Already have an account?
        The same link signs you in. No password needed.
      </p>
      <SignInForm callbackUrl={callbackUrl} />
      {oauth.length > 0 && (
        <div className="mt-8 border-t border-neutral-200 pt-6 dark:border-neutral-800">
          <p className="text-sm text-neutral-600 dark:text-neutral-400">Or continue with</p>
          <div className="mt-3 space-y-2">
            {oauth.map((p) => (
              <form
                key={p.id}
                action={async () => {
                  'use server';
                  await signIn(p.id, { redirectTo: callbackUrl });
                }}
              >
                <button
                  type="submit"
                  className={buttonClass({ variant: 'secondary', className: 'w-full font-semibold' })}
                >
                  Continue with {p.name}
                </button>
              </form>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
