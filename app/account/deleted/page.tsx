import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Account deleted', robots: { index: false } };

type Props = { searchParams: Promise<{ comments?: string; newsletter?: string }> };

export default async function AccountDeletedPage({ searchParams }: Props) {
  const q = await searchParams;
  // Counts from the delete action's redirect; anything else reads as "not known".
  const comments = /^\d{1,7}$/.test(q.comments ?? '') ? Number(q.comments) : null;
  const hadNewsletter = q.newsletter === '1';
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="font-serif text-4xl font-bold">Your account has been deleted</h1>
      <p className="mt-4">We removed:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>your account, display name and email address, and you are signed out everywhere;</li>
        <li>
          {comments === null
            ? 'the text of your comments'
            : comments === 1
              ? 'the text of your 1 comment'
              : `the text of your ${comments} comments`}{' '}
          and their edit history — where others replied, the thread now shows “Comment removed by its author”;
        </li>
        <li>the reports and recommendations you made;</li>
        <li>
          {hadNewsletter
            ? 'your newsletter subscription: no more digests will be sent, and your address is erased'
            : 'any newsletter subscription of yours, and its address'}
          .
        </li>
      </ul>
      <p className="mt-4">
        Thank you for reading. You can still read Dispatch without an account, and sign up again at any time.
      </p>
      <p className="mt-6">
        <Link href="/" className="underline">
          Front page
        </Link>
      </p>
    </div>
  );
}
