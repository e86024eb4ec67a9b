import type { CommentsView } from '@/lib/comments/list-comments';

export type CommentsQuery = { sort?: string; tab?: string; after?: string; comment?: string; thread?: string };

/** One page of a thread, by GET (app/api/comments/[slug]/route.ts); null when it cannot be read. */
export async function fetchComments(articleSlug: string, q: CommentsQuery): Promise<CommentsView | null> {
  const query = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => Boolean(e[1])));
  const res = await fetch(`/api/comments/${encodeURIComponent(articleSlug)}?${query}`, {
    headers: { accept: 'application/json' },
  }).catch(() => null);
  if (!res?.ok) return null;
  return (await res.json()) as CommentsView;
}

/** The same page as a link, for readers without JavaScript (app/articles/[slug]/comments). */
export function commentsHref(articleSlug: string, q: CommentsQuery, hash = 'comments'): string {
  const query = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => Boolean(e[1])));
  return `/articles/${articleSlug}/comments${query.size ? `?${query}` : ''}#${hash}`;
}
