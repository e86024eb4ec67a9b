// What the browser's form does, in Node: solve a proof-of-work challenge (docs/0017) with
// altcha-lib and encode the answer as the forms' `altcha` field. The server checks it on its
// real path; tests keep it quick by starting the server with a low PROOF_OF_WORK_DIFFICULTY.
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

export function encodeAnswer(challenge: Challenge, solution: { counter: number; derivedKey: string }): string {
  const payload = { challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution };
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

export async function solveAnswer(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return encodeAnswer(challenge, { counter: solution.counter, derivedKey: solution.derivedKey });
}

/** Fetches a challenge from a running site (`GET /api/challenge`) and returns the solved field. */
export async function fetchSolvedAnswer(siteUrl: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${siteUrl}/api/challenge`, { headers });
  if (!response.ok) throw new Error(`GET /api/challenge: ${response.status}`);
  return solveAnswer((await response.json()) as Challenge);
}
