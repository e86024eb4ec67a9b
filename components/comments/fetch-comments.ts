import type { CommentsView } from '@/lib/comments/list-comments';

/** One page of a thread, by GET (app/api/comments/[slug]/route.ts); null when it cannot be read. */
export async function fetchComments(articleSlug: string, sort: string, page: number): Promise<CommentsView | null> {
  const query = new URLSearchParams({ sort, page: String(page) });
  const res = await fetch(`/api/comments/${encodeURIComponent(articleSlug)}?${query}`, {
    headers: { accept: 'application/json' },
  }).catch(() => null);
  if (!res?.ok) return null;
  return (await res.json()) as CommentsView;
}
