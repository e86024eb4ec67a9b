'use server';

import { getCurrentUser } from '@/lib/auth/current-user';
import { COMMENT_SORTS, listComments, type CommentSort, type CommentsView } from '@/lib/comments/list-comments';

export async function loadComments(articleSlug: string, sort: string, page: number): Promise<CommentsView | null> {
  const safeSort: CommentSort = (COMMENT_SORTS as readonly string[]).includes(sort) ? (sort as CommentSort) : 'newest';
  const safePage = Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
  if (typeof articleSlug !== 'string' || !/^[a-z0-9-]{1,80}$/.test(articleSlug)) return null;
  const user = await getCurrentUser();
  return listComments(articleSlug, user ? { id: user.id } : null, safeSort, safePage);
}
