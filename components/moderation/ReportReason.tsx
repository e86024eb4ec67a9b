import Link from 'next/link';
import { getPolicyRule, OTHER_REPORT_REASON } from '@/lib/comments/policy';

/** One reader's report as a moderator reads it: the rule cited, quoted from the policy, and the note. */
export function ReportReason({ rule, note }: { rule: string; note: string | null }) {
  const policyRule = getPolicyRule(rule);
  return (
    <>
      <strong>Reported</strong> ·{' '}
      {policyRule ? (
        <>
          <Link href={`/comment-policy#${policyRule.id}`} className="underline">
            {policyRule.title}
          </Link>
          : <q cite={`/comment-policy#${policyRule.id}`}>{policyRule.summary}</q>
        </>
      ) : rule === OTHER_REPORT_REASON ? (
        'Something else'
      ) : (
        `rule “${rule}”`
      )}
      {note && (
        <>
          {' '}
          · reader’s note: <q>{note}</q>
        </>
      )}
    </>
  );
}
