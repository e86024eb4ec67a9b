'use server';

import { getCurrentUser } from '@/lib/auth/current-user';
import { listComments, parseCommentView, type CommentsView } from '@/lib/comments/list-comments';

export async function loadComments(articleSlug: string, sort: string, page: number): Promise<CommentsView | null> {
  const view = parseCommentView(sort, page);
  if (typeof articleSlug !== 'string' || !/^[a-z0-9-]{1,80}$/.test(articleSlug)) return null;
  const user = await getCurrentUser();
  return listComments(articleSlug, user ? { id: user.id } : null, view.sort, view.page);
}
