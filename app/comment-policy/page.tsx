import type { Metadata } from 'next';
import { POLICY_DATE, POLICY_RULES, POLICY_VERSION } from '@/lib/comments/policy';
import { formatDate } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Comment policy',
  description: 'The house rules for comments on Dispatch, which moderators apply and cite.',
  alternates: { canonical: '/comment-policy' },
};

export default function CommentPolicyPage() {
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold">Comment policy</h1>
      <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
        Version {POLICY_VERSION}, in force from <time dateTime={POLICY_DATE}>{formatDate(new Date(POLICY_DATE))}</time>
      </p>
      <p className="mt-6 text-lg">
        Comments are where readers add what they know, disagree, and ask questions. These rules keep them worth reading.
        Everyone who comments accepts them first, and moderators cite them by name when they act.
      </p>
      <h2 className="mt-10 text-2xl font-bold">The rules</h2>
      <ol className="mt-4 space-y-6">
        {POLICY_RULES.map((rule) => (
          <li key={rule.id} id={rule.id}>
            <h3 className="text-xl font-bold">
              {rule.title}{' '}
              <span className="text-sm font-normal text-neutral-500 dark:text-neutral-400">(rule “{rule.id}”)</span>
            </h3>
            <p className="mt-1 font-semibold">{rule.summary}</p>
            <p className="mt-1 text-neutral-700 dark:text-neutral-300">{rule.detail}</p>
          </li>
        ))}
      </ol>
      <h2 className="mt-10 text-2xl font-bold">How moderation works</h2>
      <div className="mt-4 space-y-3 text-neutral-700 dark:text-neutral-300">
        <p>
          Most comments appear at once. Some wait for a moderator first: a reader’s first comment, comments with links
          from new readers, comments that trip our automatic checks, and every comment on stories where we moderate in
          advance. Comments reported by several readers are taken down until a moderator has looked at them.
        </p>
        <p>
          When we remove a comment we tell its author which rule it broke. Repeated or serious breaches can lead to a
          warning, a suspension for a period, or a ban. Every moderation decision is recorded.
        </p>
        <p>
          <strong>Appeals.</strong> If you think we got it wrong, reply to the email telling you about the decision,
          saying which comment and why. A different moderator reviews it and answers within a week. We reinstate
          comments we removed by mistake.
        </p>
        <p>
          <strong>Changes.</strong> When these rules change we raise the version number, and you accept the new version
          before your next comment.
        </p>
      </div>
    </article>
  );
}
