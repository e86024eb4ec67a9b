import type { APIRequestContext } from '@playwright/test';
import type { Challenge } from 'altcha-lib';
import { solveAnswer } from '../../tests/helpers/solve-challenge';

/**
 * The `altcha` field a script must send to the sign-in email endpoint (docs/0017): a challenge
 * from the site, solved in Node as the browser's form would. Each is accepted once.
 */
export async function solvedChallenge(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/challenge');
  return solveAnswer((await response.json()) as Challenge);
}
