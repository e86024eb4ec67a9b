// A proof-of-work challenge (ALTCHA's open format, altcha-lib): the server picks a random
// counter below the difficulty, derives a key from it with PBKDF2, and hands out the key's first
// half; the browser tries counters from 0 until its key matches (half the difficulty on average).
// Signed, so it cannot be made easier, and the answer is checked with one HMAC (keySignature).
import { createChallenge as createAltchaChallenge, randomInt, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { getEnv } from '../env';
import { botProofSecret } from './bot-proof-secret';

export const CHALLENGE_ALGORITHM = 'PBKDF2/SHA-256';
/** PBKDF2 rounds per try: hashing, not JavaScript overhead, is the cost, for browser and bot alike. */
export const CHALLENGE_COST = 1000;
export const CHALLENGE_MINUTES = 10;

export async function createChallenge(now = Date.now()): Promise<Challenge> {
  return createAltchaChallenge({
    algorithm: CHALLENGE_ALGORITHM,
    cost: CHALLENGE_COST,
    counter: randomInt(getEnv().PROOF_OF_WORK_DIFFICULTY),
    deriveKey,
    expiresAt: new Date(now + CHALLENGE_MINUTES * 60_000),
    hmacSignatureSecret: botProofSecret('challenge'),
    hmacKeySignatureSecret: botProofSecret('challenge-key'),
  });
}
