import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CommentsPage } from '@/components/comments/CommentsPage';
import { getCurrentUser } from '@/lib/auth/current-user';
import { parseCommentView } from '@/lib/comments/list-comments';
import { getArticleTitle } from '@/lib/articles/get-article-title';

export const metadata: Metadata = { title: 'Comments', robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[]>> };

// The comment section rendered on the server: works without JavaScript, and is where forms land
// when a reader without JavaScript posts. proxy.ts also serves /articles/{slug}?comment={id} from
// here (the page holding that comment), and sends signed-out readers of a first page to the
// cached twin in public/[view].
export default async function ArticleCommentsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = parseCommentView(await searchParams);
  const title = await getArticleTitle(slug);
  if (title === null) notFound();
  const user = await getCurrentUser();
  return (
    <CommentsPage slug={slug} title={title} viewer={user ? { id: user.id } : null} sort={query.sort} query={query} />
  );
}
