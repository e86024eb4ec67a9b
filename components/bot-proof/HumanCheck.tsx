'use client';

// The sign-up and sign-in forms' bot checks (docs/0017): a honeypot field, the no-script ticket
// the server may hand back, and the proof-of-work answer. The solver starts when the form comes
// into view or is focused, so pages load no extra script until then. The form passes
// `onSubmit` from useHumanCheck: a press before the answer is ready waits for it (under a second
// on a phone) and then sends the form again. Each answer is sent once; the next is worked out in
// the background. If solving fails (no WebCrypto on a plain http address, a network error), the
// form is sent without an answer and the server offers the no-script path.
import { useEffect, useRef, type FormEvent } from 'react';
import type { SolvedChallenge } from './solve-challenge';

// Refetch a little before the server's 10-minute expiry, so a slow typist's answer is not refused.
const MARGIN_MS = 30_000;
const isFresh = (s: SolvedChallenge | null): s is SolvedChallenge => !!s && s.expiresAt - MARGIN_MS > Date.now();

type Solver = {
  solved: SolvedChallenge | null;
  pending: Promise<SolvedChallenge | null> | null;
  isWaiting: boolean;
  /** Solving failed: the next submission goes without an answer. */
  isBare: boolean;
};

export function useHumanCheck() {
  const answer = useRef<HTMLInputElement>(null);
  const solver = useRef<Solver>({ solved: null, pending: null, isWaiting: false, isBare: false });

  const start = () => {
    const s = solver.current;
    if (isFresh(s.solved)) return Promise.resolve(s.solved);
    s.pending ??= import('./solve-challenge')
      .then((m) => m.solveChallenge())
      .then(
        (solved) => (s.solved = solved),
        () => null,
      )
      .finally(() => (s.pending = null));
    return s.pending;
  };

  useEffect(() => {
    const form = answer.current?.form;
    if (!form) return;
    const begin = () => void start();
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) begin();
    });
    observer.observe(form);
    form.addEventListener('focusin', begin);
    return () => {
      observer.disconnect();
      form.removeEventListener('focusin', begin);
    };
    // start only reads refs: running this once per mounted form is right.
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const s = solver.current;
    const input = answer.current;
    if (!input) return;
    if (isFresh(s.solved) || s.isBare) {
      // React reads the form's fields after this handler: the answer goes with them, once.
      input.value = isFresh(s.solved) ? s.solved.value : '';
      s.solved = null;
      s.isBare = false;
      setTimeout(() => {
        input.value = '';
        void start();
      }, 0);
      return;
    }
    event.preventDefault();
    if (s.isWaiting) return;
    s.isWaiting = true;
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void start().then((solved) => {
      s.isWaiting = false;
      // Unsolved: send it anyway, marked, and the server answers with the no-script path.
      s.isBare = !solved;
      form.requestSubmit(submitter);
    });
  };

  return { answer, onSubmit };
}

export function HumanCheckFields({
  idPrefix,
  ticket,
  answer,
}: {
  idPrefix: string;
  ticket?: string;
  answer: React.RefObject<HTMLInputElement | null>;
}) {
  return (
    <>
      <input ref={answer} type="hidden" name="altcha" defaultValue="" />
      <input type="hidden" name="ticket" value={ticket ?? ''} />
      {/* Honeypot: hidden from people and screen readers; bots that fill every field give themselves away. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${idPrefix}-website`}>Leave this empty</label>
        <input id={`${idPrefix}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
