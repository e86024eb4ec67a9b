import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CommentsPage } from '@/components/comments/CommentsPage';
import { parseCommentView } from '@/lib/comments/list-comments';
import { getArticleTitle } from '@/lib/articles/get-article-title';
import { PUBLIC_COMMENT_VIEWS } from '@/lib/comments/public-comment-views';

export const metadata: Metadata = { title: 'Comments', robots: { index: false } };

// The first page of comments as every signed-out reader sees it, kept a few seconds in Next's page
// cache: proxy.ts sends such readers of /articles/{slug}/comments?sort=&tab= here (docs/0015).
// Only the six first pages (three sorts, two tabs) exist, so the cache cannot be filled with keys.
export const revalidate = 5;

export function generateStaticParams(): { slug: string; view: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; view: string }> };

export default async function PublicCommentsPage({ params }: Props) {
  const { slug, view } = await params;
  const fixed = PUBLIC_COMMENT_VIEWS.get(view);
  if (!fixed) notFound();
  const title = await getArticleTitle(slug);
  if (title === null) notFound();
  const query = parseCommentView(fixed);
  return <CommentsPage slug={slug} title={title} viewer={null} sort={query.sort} query={query} />;
}
