// Checks a solved challenge from a form field: well-formed, signed by us, not expired, solved,
// and not used before (spendOnce). Cheap for us: one HMAC for the answer, one row insert.
import { verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { z } from 'zod';
import { botProofSecret } from './bot-proof-secret';
import { CHALLENGE_ALGORITHM } from './create-challenge';
import { spendOnce } from './spend-once';

export type ChallengeCheck = 'verified' | 'missing' | 'invalid' | 'expired' | 'replayed';

const payloadSchema = z.object({
  challenge: z.object({
    // Every field is covered by the signature; these checks only keep malformed input out.
    parameters: z
      .object({
        algorithm: z.literal(CHALLENGE_ALGORITHM),
        nonce: z.string().max(128),
        salt: z.string().max(128),
        cost: z.number().int().positive(),
        keyLength: z.number().int().positive().max(64),
        keyPrefix: z.string().max(128),
        expiresAt: z.number().int().positive(),
      })
      .loose(),
    signature: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  solution: z.object({ counter: z.number().int().nonnegative(), derivedKey: z.string().max(256) }),
});

/** `field` is the form's `altcha` value: base64 of the JSON `{ challenge, solution }`. */
export async function verifyChallenge(field: string): Promise<ChallengeCheck> {
  if (field === '') return 'missing';
  if (field.length > 4096) return 'invalid';
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(field, 'base64').toString('utf8'));
  } catch {
    return 'invalid';
  }
  const payload = payloadSchema.safeParse(json);
  if (!payload.success) return 'invalid';
  const { challenge, solution } = payload.data;
  const result = await verifySolution({
    challenge,
    solution,
    deriveKey,
    hmacSignatureSecret: botProofSecret('challenge'),
    hmacKeySignatureSecret: botProofSecret('challenge-key'),
  }).catch(() => null);
  if (!result) return 'invalid';
  if (result.expired) return 'expired';
  if (!result.verified) return 'invalid';
  const isFirstUse = await spendOnce(challenge.signature, new Date(challenge.parameters.expiresAt * 1000));
  return isFirstUse ? 'verified' : 'replayed';
}
