'use client';

import { normalizeCommentBody } from '@/lib/comments/format-comment';

// Screen readers hear the count only near the limit, and then only as it crosses these marks —
// not on every keystroke.
const MARKS = [200, 100, 50, 20, 10, 0];

export function remainingCharacters(text: string, max: number): number {
  // The server measures the normalised body (comment-body-schema.ts), so the counter does too.
  return max - normalizeCommentBody(text).length;
}

function announcement(remaining: number): string {
  if (remaining < 0) return `${(-remaining).toLocaleString('en')} characters over the limit.`;
  const mark = MARKS.find((m, i) => remaining <= m && remaining > (MARKS[i + 1] ?? -1));
  return mark === undefined ? '' : mark === 0 ? 'No characters left.' : `${mark} characters left or fewer.`;
}

/** "4,812 characters left", visible always; announced politely only near or over the limit. */
export function CharacterCounter({ id, text, max }: { id: string; text: string; max: number }) {
  const remaining = remainingCharacters(text, max);
  const isOver = remaining < 0;
  const isNear = remaining <= MARKS[0]!;
  return (
    <>
      <p
        id={id}
        data-character-counter
        className={`text-sm ${isOver ? 'font-semibold text-red-700 dark:text-red-400' : isNear ? 'font-semibold text-amber-800 dark:text-amber-300' : 'text-neutral-600 dark:text-neutral-400'}`}
      >
        {isOver
          ? `${(-remaining).toLocaleString('en')} characters over the limit of ${max.toLocaleString('en')}`
          : `${remaining.toLocaleString('en')} of ${max.toLocaleString('en')} characters left`}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement(remaining)}
      </p>
    </>
  );
}
