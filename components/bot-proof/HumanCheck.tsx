'use client';

// The sign-up and sign-in forms' bot checks (docs/0017): a honeypot field, the no-script ticket
// the server may hand back, and the proof-of-work answer. The solver starts when the form comes
// into view or is focused, so pages load no extra script until then; a press of the button
// before it has finished waits for it (under a second on a phone). Each answer is sent once,
// then the next one is worked out in the background. If solving fails (no WebCrypto on a plain
// http address, a network error), the form is sent without an answer and the server offers the
// no-script path.
import { useEffect, useRef } from 'react';
import type { SolvedChallenge } from './solve-challenge';

// Refetch a little before the server's 10-minute expiry, so a slow typist's answer is not refused.
const MARGIN_MS = 30_000;

export function HumanCheck({ idPrefix, ticket }: { idPrefix: string; ticket?: string }) {
  const answer = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = answer.current;
    const form = input?.form;
    if (!input || !form) return;
    let pending: Promise<SolvedChallenge | null> | null = null;
    let solved: SolvedChallenge | null = null;
    let isSending = false;
    let isWaiting = false;
    const start = () => {
      if (solved && solved.expiresAt - MARGIN_MS > Date.now()) return Promise.resolve(solved);
      pending ??= import('./solve-challenge')
        .then((m) => m.solveChallenge())
        .then(
          (s) => (solved = s),
          () => null,
        )
        .finally(() => (pending = null));
      return pending;
    };
    const onSubmit = (event: SubmitEvent) => {
      if (isSending) {
        // This is the submission we started below: let React's form action take it, then clear
        // the spent answer (after the form data was read) and start on the next one.
        isSending = false;
        setTimeout(() => {
          input.value = '';
          solved = null;
          void start();
        }, 0);
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (isWaiting) return;
      isWaiting = true;
      void start().then((s) => {
        input.value = s && s.expiresAt - MARGIN_MS > Date.now() ? s.value : '';
        isWaiting = false;
        isSending = true;
        form.requestSubmit(event.submitter);
      });
    };
    const begin = () => void start();
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void start();
    });
    observer.observe(form);
    form.addEventListener('focusin', begin);
    form.addEventListener('submit', onSubmit, { capture: true });
    return () => {
      observer.disconnect();
      form.removeEventListener('focusin', begin);
      form.removeEventListener('submit', onSubmit, { capture: true });
    };
  }, []);
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
