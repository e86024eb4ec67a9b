import Link from 'next/link';

export function commentCountLabel(count: number): string {
  if (count === 0) return 'No comments yet';
  return count === 1 ? '1 comment' : `${count.toLocaleString('en')} comments`;
}

/** "12 comments" as a link to the thread: words, not just an icon, so it reads the same aloud. */
export function CommentCount({ slug, count, className = '' }: { slug: string; count: number; className?: string }) {
  return (
    <Link href={`/articles/${slug}#comments`} data-comment-count={count} className={`hover:underline ${className}`}>
      {commentCountLabel(count)}
    </Link>
  );
}
