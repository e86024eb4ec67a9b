// Looks at a magic-link token without spending it, so the confirm page can say "expired" or
// "already used" before the reader presses the button. Auth.js stores sha256(token + secret).
import 'server-only';
import crypto from 'node:crypto';
import { db } from '../db';
import { getEnv } from '../env';

export type TokenState = 'valid' | 'expired' | 'unknown';

export async function inspectSignInToken(email: string, token: string, now = new Date()): Promise<TokenState> {
  if (!email || !token || token.length > 200) return 'unknown';
  const hashed = crypto.createHash('sha256').update(`${token}${getEnv().AUTH_SECRET}`).digest('hex');
  const row = await db.verificationToken.findUnique({
    where: { token: hashed },
    select: { identifier: true, expires: true },
  });
  if (!row || row.identifier !== email) return 'unknown';
  return row.expires > now ? 'valid' : 'expired';
}
