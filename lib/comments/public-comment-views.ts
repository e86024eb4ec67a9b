// The first pages of comments that signed-out readers share (app/articles/[slug]/comments/
// public/[view]): one per sort and tab, named like "newest-all". Pure, for proxy.ts and the page.
import { COMMENT_SORTS } from './comment-cursor';

export const PUBLIC_COMMENT_VIEWS = new Map(
  COMMENT_SORTS.flatMap((sort) => [
    [`${sort}-all`, { sort, tab: 'all' }],
    [`${sort}-picks`, { sort, tab: 'picks' }],
  ]),
);

/** The shared view a query names, or null when it asks for more (a later page, a comment, a thread). */
export function publicCommentView(query: URLSearchParams): string | null {
  for (const key of query.keys()) if (key !== 'sort' && key !== 'tab') return null;
  const name = `${query.get('sort') ?? 'newest'}-${query.get('tab') ?? 'all'}`;
  return PUBLIC_COMMENT_VIEWS.has(name) ? name : null;
}
