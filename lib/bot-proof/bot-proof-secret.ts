// The keys of the sign-up checks, derived from AUTH_SECRET so no new secret has to be set and
// every instance derives the same ones. One derived key per use, so a value signed for one use
// (a challenge, a challenge's answer, a no-script ticket) means nothing to another.
import crypto from 'node:crypto';
import { authSecret } from '../env';

export type BotProofKeyUse = 'challenge' | 'challenge-key' | 'ticket';

export function botProofSecret(use: BotProofKeyUse): string {
  return crypto.createHmac('sha256', authSecret()).update(`dispatch bot-proof\n${use}`).digest('hex');
}
