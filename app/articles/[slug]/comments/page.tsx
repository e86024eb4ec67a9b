import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommentsSection } from '@/components/comments/CommentsSection';
import { getCurrentUser } from '@/lib/auth/current-user';
import { listComments, parseCommentView } from '@/lib/comments/list-comments';
import { getArticleTitle } from '@/lib/articles/get-article-title';

export const metadata: Metadata = { title: 'Comments', robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ sort?: string; page?: string }> };

// The comment section rendered on the server: works without JavaScript, and is where forms land
// when a reader without JavaScript posts.
export default async function ArticleCommentsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { sort, page } = parseCommentView(query.sort, query.page);
  const title = await getArticleTitle(slug);
  if (title === null) notFound();
  const user = await getCurrentUser();
  const view = await listComments(slug, user ? { id: user.id } : null, sort, page);
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href={`/articles/${slug}`} className="underline">
          ← Back to the article
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{title}</h1>
      <CommentsSection articleSlug={slug} initial={view} />
    </div>
  );
}
