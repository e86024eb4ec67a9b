// The keys of the sign-up checks, derived from AUTH_SECRET so no new secret has to be set and
// every instance derives the same ones. One derived key per use, so a value signed for one use
// (a challenge, a challenge's answer, a no-script ticket) means nothing to another.
import crypto from 'node:crypto';
import { getEnv } from '../env';

export type BotProofKeyUse = 'challenge' | 'challenge-key' | 'ticket';

export function botProofSecret(use: BotProofKeyUse): string {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set (npm start generates one into data/auth-secret)');
  return crypto.createHmac('sha256', secret).update(`dispatch bot-proof\n${use}`).digest('hex');
}
