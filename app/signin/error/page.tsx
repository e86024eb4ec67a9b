import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Sign-in problem', robots: { index: false } };

type Props = { searchParams: Promise<{ error?: string | string[] }> };

const MESSAGES: Record<string, string> = {
  Verification: 'This sign-in link has expired or has already been used. Each link works once, for 10 minutes.',
  AccessDenied: 'That account is not allowed to sign in.',
  Configuration: 'Sign-in is not available right now because of a problem on our side.',
};

export default async function SignInErrorPage({ searchParams }: Props) {
  const raw = (await searchParams).error;
  const code = Array.isArray(raw) ? raw[0] : raw;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-4xl font-bold">We couldn’t sign you in</h1>
      <p className="mt-4 text-lg">
        {MESSAGES[code ?? ''] ?? 'Something went wrong while signing you in. Please try again.'}
      </p>
      <p className="mt-6">
        <Link href="/signin" className={buttonClass()}>
          Send me a new link
        </Link>
      </p>
    </div>
  );
}
