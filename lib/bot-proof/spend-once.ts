// Single use for challenges and tickets: the first spend inserts the hash, a second finds it
// there (unique violation) and is a replay. Rows go once the thing they stand for has expired
// (purgeExpiredSignUps), since an expired one is refused before it gets here.
import crypto from 'node:crypto';
import { db } from '../db';

/** True the first time `value` is spent; false for every later attempt. */
export async function spendOnce(value: string, expiresAt: Date): Promise<boolean> {
  const hash = crypto.createHash('sha256').update(value).digest('base64url');
  try {
    await db.spentChallenge.create({ data: { hash, expiresAt } });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') return false;
    throw err;
  }
}
