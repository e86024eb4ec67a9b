import Link from 'next/link';
import { listComments, type CommentPageQuery, type CommentSort, type Viewer } from '@/lib/comments/list-comments';
import { CommentsSection } from './CommentsSection';

type Props = { slug: string; title: string; viewer: Viewer; sort: CommentSort; query: CommentPageQuery };

/** The server-rendered comment page (app/articles/[slug]/comments and its cached public twin). */
export async function CommentsPage({ slug, title, viewer, sort, query }: Props) {
  const view = await listComments(slug, viewer, sort, query);
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
