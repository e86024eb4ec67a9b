'use client';

type Props = { count: number; onShow: () => void };

/**
 * "3 new comments — Show": announced politely, and pinned to the bottom of the window so that it
 * never pushes what the reader is reading; the thread changes only when they ask.
 */
export function NewCommentsNotice({ count, onShow }: Props) {
  return (
    <div role="status" aria-live="polite" className="fixed inset-x-0 bottom-4 z-10 flex justify-center">
      {count > 0 && (
        <p className="flex items-center gap-3 rounded-full bg-neutral-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-neutral-100 dark:text-neutral-900">
          {count} new {count === 1 ? 'comment' : 'comments'}
          <button type="button" onClick={onShow} className="font-bold underline">
            Show
          </button>
        </p>
      )}
    </div>
  );
}
