// The one form of a comment's link, for the page, share actions and emails alike:
// /articles/{slug}?comment={id}#comment-{id}. The query reaches the server (proxy.ts renders the
// page of threads holding the comment, also without JavaScript); the fragment scrolls to it.
// Pure, so the comment island and email templates can both import it.
export function commentPermalink(articleSlug: string, commentId: string, siteUrl = ''): string {
  const id = encodeURIComponent(commentId);
  return `${siteUrl.replace(/\/$/, '')}/articles/${encodeURIComponent(articleSlug)}?comment=${id}#comment-${id}`;
}
