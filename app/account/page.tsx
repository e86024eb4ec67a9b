import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountWarning } from '@/components/account/AccountWarning';
import { DisplayNameForm } from '@/components/account/DisplayNameForm';
import { AccountNewsletter } from '@/components/newsletter/AccountNewsletter';
import { UserComments } from '@/components/account/UserComments';
import { CommentNotificationsForm } from '@/components/account/CommentNotificationsForm';
import { getNotificationPreferences } from '@/lib/notifications/get-notification-preferences';
import { requireUser } from '@/lib/auth/current-user';
import { hasRole } from '@/lib/auth/roles';
import { signOutAction } from '../../components/auth/actions/sign-out';
import { buttonClass } from '@/components/ui/styles';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  const user = await requireUser('/account');
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <header>
        <h1 className="font-serif text-4xl font-bold">Your account</h1>
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">
          Signed in as <strong>{user.email}</strong>
          {user.role !== 'reader' && <> · {user.role}</>}
        </p>
        {!user.displayName && (
          <p className="mt-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-sm dark:bg-amber-950">
            Choose a display name before you comment: it is shown with everything you post.
          </p>
        )}
        <AccountWarning userId={user.id} />
      </header>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="mb-3 text-xl font-bold">
          Profile
        </h2>
        <DisplayNameForm current={user.displayName} />
      </section>
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading" className="mb-3 text-xl font-bold">
          Your comments
        </h2>
        <UserComments userId={user.id} />
      </section>
      <section aria-labelledby="comment-emails-heading">
        <h2 id="comment-emails-heading" className="mb-3 text-xl font-bold">
          Comment emails
        </h2>
        <CommentNotificationsForm
          current={await getNotificationPreferences(user.id)}
          isStaff={hasRole(user.role, 'moderator')}
        />
      </section>
      <section aria-labelledby="newsletter-heading">
        <h2 id="newsletter-heading" className="mb-3 text-xl font-bold">
          Newsletters
        </h2>
        <AccountNewsletter userId={user.id} email={user.email} />
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading" className="mb-3 text-xl font-bold">
          Your data
        </h2>
        <ul className="space-y-2">
          <li>
            <a href="/account/export" download className="underline">
              Download my data
            </a>{' '}
            <span className="text-sm text-neutral-600 dark:text-neutral-400">
              (JSON: everything we store about you)
            </span>
          </li>
          <li>
            <Link href="/account/delete" className="text-red-700 underline dark:text-red-400">
              Delete my account
            </Link>
          </li>
          {hasRole(user.role, 'moderator') && (
            <li>
              <Link href="/moderation" className="underline">
                Moderation
              </Link>
            </li>
          )}
        </ul>
      </section>
      <form action={signOutAction}>
        <button type="submit" className={buttonClass({ variant: 'secondary', className: 'font-semibold' })}>
          Sign out
        </button>
      </form>
    </div>
  );
}
