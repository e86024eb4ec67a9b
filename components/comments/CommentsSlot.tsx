import { CommentsSection } from './CommentsSection';

/** Comments load after the cached article; without JavaScript, a link to the server-rendered page. */
export function CommentsSlot({ articleSlug }: { articleSlug: string }) {
  return (
    <>
      <CommentsSection articleSlug={articleSlug} />
      <noscript>
        <p className="mt-4">
          <a href={`/articles/${articleSlug}/comments`} className="font-semibold underline">
            Read and write comments
          </a>
        </p>
      </noscript>
    </>
  );
}
