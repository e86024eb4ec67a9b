/**
 * Where an article's comments load (issue #4). Kept out of the cached article render: comments
 * will load as their own part so the article page stays static.
 */
export function CommentsSlot(_props: { articleSlug: string; isOpen: boolean }) {
  return null;
}
