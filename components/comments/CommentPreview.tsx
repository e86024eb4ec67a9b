'use client';

import { normalizeCommentBody } from '@/lib/comments/format-comment';
import { CommentText } from './CommentText';

/** The draft as it will be published: the same formatter (paragraphs, line breaks, links). */
export function CommentPreview({ id, text }: { id: string; text: string }) {
  const isEmpty = normalizeCommentBody(text) === '';
  return (
    <section
      id={id}
      aria-label="Preview of your comment"
      className="rounded border border-dashed border-neutral-400 p-3 dark:border-neutral-600"
    >
      <p className="mb-2 text-xs font-bold tracking-widest text-neutral-500 uppercase dark:text-neutral-400">Preview</p>
      {isEmpty ? (
        <p className="text-neutral-600 italic dark:text-neutral-400">Nothing to preview yet.</p>
      ) : (
        <CommentText body={text} />
      )}
    </section>
  );
}
