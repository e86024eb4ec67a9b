import { db } from '../db';
import { fail, type Actor, type Result } from '../result';
import { POLICY_VERSION } from './policy';

export async function acceptCommentPolicy(actor: Actor, version: string, now = new Date()): Promise<Result> {
  if (!actor) return fail('unauthenticated', 'Sign in to comment.');
  if (version !== POLICY_VERSION)
    return fail(
      'invalid',
      'The comment policy has changed since you opened the page. Please read the current version.',
    );
  await db.user.update({ where: { id: actor.id }, data: { policyVersion: POLICY_VERSION, policyAcceptedAt: now } });
  return { ok: true };
}
