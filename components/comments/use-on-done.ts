'use client';

import { useEffect, useRef } from 'react';
import type { CommentFormState } from './actions/comment-form-state';

/** Runs `onDone` once for each successful result of a form's server action. */
export function useOnDone(state: CommentFormState, onDone: (() => void) | undefined): void {
  const latest = useRef(onDone);
  useEffect(() => {
    latest.current = onDone;
  });
  useEffect(() => {
    if (state.status === 'done') latest.current?.();
  }, [state]);
}
