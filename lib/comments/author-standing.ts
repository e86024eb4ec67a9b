import { db } from '../db';
import { POLICY_VERSION } from './policy';
import { fail, type Failure } from '../result';

type Standing = { bannedAt: Date | null; suspendedUntil: Date | null };

function banOrSuspension(user: Standing, now: Date): Failure | null {
  if (user.bannedAt) return fail('suspended', 'Your account has been banned from commenting under our comment policy.');
  if (user.suspendedUntil && user.suspendedUntil > now) {
    return fail(
      'suspended',
      `Your account is suspended from commenting until ${user.suspendedUntil.toUTCString().replace(' GMT', ' UTC')}.`,
    );
  }
  return null;
}

/**
 * May this reader take part at all (report, recommend)? Not banned, not suspended. Reports hold
 * comments, so a banned account must not be able to silence anyone by reporting.
 */
export async function checkReaderStanding(userId: string, now = new Date()): Promise<Failure | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { suspendedUntil: true, bannedAt: true } });
  if (!user) return fail('unauthenticated', 'Sign in first.');
  return banOrSuspension(user, now);
}

/** Can this reader write at all? Display name, current policy accepted, not suspended or banned. */
export async function checkAuthorStanding(
  userId: string,
  now = new Date(),
): Promise<Failure | { ok: true; approvedCount: number }> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      displayName: true,
      policyVersion: true,
      suspendedUntil: true,
      bannedAt: true,
      _count: { select: { comments: { where: { status: 'approved' } } } },
    },
  });
  if (!user) return fail('unauthenticated', 'Sign in to comment.');
  const barred = banOrSuspension(user, now);
  if (barred) return barred;
  if (!user.displayName) return fail('needs-name', 'Choose a display name on your account page before you comment.');
  if (user.policyVersion !== POLICY_VERSION)
    return fail('needs-policy', 'Please read and accept the comment policy before you comment.');
  return { ok: true, approvedCount: user._count.comments };
}
