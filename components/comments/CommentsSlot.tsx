import { LazyComments } from './LazyComments';

/**
 * Comments load after the cached article, when the reader nears them (their code too: see
 * LazyComments); without JavaScript, a link to the server-rendered page.
 */
export function CommentsSlot({ articleSlug }: { articleSlug: string }) {
  return (
    <>
      <LazyComments articleSlug={articleSlug} />
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
