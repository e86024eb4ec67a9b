import Link from 'next/link';
import { commentPermalink } from '@/lib/comments/comment-permalink';
import { listUserComments } from '@/lib/comments/list-user-comments';
import { formatDate } from '@/lib/site';

const STATUS: Record<string, string> = { approved: 'Published', pending: 'Awaiting moderation', rejected: 'Removed' };

export async function UserComments({ userId }: { userId: string }) {
  const comments = await listUserComments(userId);
  if (comments.length === 0)
    return <p className="text-neutral-700 dark:text-neutral-300">You haven’t commented yet.</p>;
  return (
    <ul className="space-y-4">
      {comments.map((c) => (
        <li key={c.id} className="border-b border-neutral-200 pb-3 dark:border-neutral-800">
          <p className="text-sm">
            On {/* A published comment links to itself (docs/0015); others only to the thread. */}
            <Link
              href={
                c.status === 'approved'
                  ? commentPermalink(c.article.slug, c.id)
                  : `/articles/${c.article.slug}#comments`
              }
              className="font-semibold underline"
            >
              {c.article.title}
            </Link>{' '}
            · <time dateTime={c.createdAt.toISOString()}>{formatDate(c.createdAt)}</time> ·{' '}
            <span>{STATUS[c.status] ?? c.status}</span>
          </p>
          <p className="mt-1 line-clamp-3 whitespace-pre-line">{c.body}</p>
          {c.status === 'rejected' && (
            <p className="mt-1 rounded border-l-4 border-red-700 bg-red-50 p-2 text-sm dark:bg-red-950">
              Removed by a moderator under the rule{' '}
              <Link href={`/comment-policy#${c.rejectRule}`} className="underline">
                {c.rejectRuleTitle}
              </Link>
              .{c.rejectNote && <> Note from the moderator: {c.rejectNote}</>}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
