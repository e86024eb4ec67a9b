// Loaded by HumanCheck only once a form with it is on screen or focused, as its own small chunk
// (altcha-lib's solver and its WebCrypto PBKDF2; no worker, no blob:, no eval, so the site's
// script policy needs nothing new). WebCrypto needs a secure context (https, or 127.0.0.1 and
// localhost): elsewhere this throws and the form falls back to the no-script path.
import { solveChallenge as solve, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';

export type SolvedChallenge = { value: string; expiresAt: number };

/** Fetches a challenge and solves it: the `altcha` field's value, and when it stops being accepted. */
export async function solveChallenge(): Promise<SolvedChallenge> {
  const response = await fetch('/api/challenge', { cache: 'no-store' });
  if (!response.ok) throw new Error(`challenge: HTTP ${response.status}`);
  const challenge = (await response.json()) as Challenge;
  const solution = await solve({ challenge, deriveKey, timeout: 60_000 });
  if (!solution) throw new Error('challenge: not solved in time');
  const payload = {
    challenge: { parameters: challenge.parameters, signature: challenge.signature },
    solution: { counter: solution.counter, derivedKey: solution.derivedKey },
  };
  return { value: btoa(JSON.stringify(payload)), expiresAt: (challenge.parameters.expiresAt ?? 0) * 1000 };
}
