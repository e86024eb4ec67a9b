import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommentsSection } from '@/components/comments/CommentsSection';
import { getCurrentUser } from '@/lib/auth/current-user';
import { listComments, parseCommentView } from '@/lib/comments/list-comments';
import { getArticleTitle } from '@/lib/articles/get-article-title';

export const metadata: Metadata = { title: 'Comments', robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[]>> };

// The comment section rendered on the server: works without JavaScript, and is where forms land
// when a reader without JavaScript posts. proxy.ts also serves /articles/{slug}?comment={id} from
// here, so a permalink opens the page holding that comment without JavaScript.
export default async function ArticleCommentsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = parseCommentView(await searchParams);
  const title = await getArticleTitle(slug);
  if (title === null) notFound();
  const user = await getCurrentUser();
  const view = await listComments(slug, user ? { id: user.id } : null, query.sort, query);
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
