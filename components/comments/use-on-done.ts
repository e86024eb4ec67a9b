'use client';

import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/actions/form-state';

/** Runs `onDone` once for each successful result of a form's server action. */
export function useOnDone(state: FormState, onDone: (() => void) | undefined): void {
  const latest = useRef(onDone);
  useEffect(() => {
    latest.current = onDone;
  });
  useEffect(() => {
    if (state.status === 'done') latest.current?.();
  }, [state]);
}
