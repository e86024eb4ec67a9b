import { z } from 'zod';
import { db } from '../db';
import { fail, type Actor, type Result } from '../result';
import { hasRole } from '../auth/roles';
import { checkStaff } from './moderator-check';

export const USER_ACTIONS = ['warn', 'suspend', 'ban', 'unban'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];
const actionSchema = z.enum(USER_ACTIONS);

const inputSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(3, 'Give a reason the reader will see (at least 3 characters).')
    .max(1000, 'Keep the reason under 1,000 characters.'),
  days: z.coerce
    .number()
    .int('Whole days only.')
    .min(1, 'Suspend for at least 1 day.')
    .max(365, 'Suspend for at most 365 days.')
    .optional(),
});

/** Warn (shown at the reader's next visit), suspend for some days, ban, or lift a ban or suspension. */
export async function actOnUser(
  actor: Actor,
  userId: string,
  action: UserAction,
  input: { reason?: string; days?: number | string },
  now = new Date(),
): Promise<Result> {
  const denied = checkStaff(actor);
  if (denied) return denied;
  if (!actionSchema.safeParse(action).success) return fail('invalid', 'Unknown action.');
  const parsed = inputSchema.safeParse({
    reason: input.reason ?? (action === 'unban' ? 'Lifted' : ''),
    days: action === 'suspend' ? input.days : undefined,
  });
  if (!parsed.success) return fail('invalid', parsed.error.issues[0]!.message);
  if (action === 'suspend' && !parsed.data.days) return fail('invalid', 'Say for how many days.');
  const target = await db.user.findUnique({
    where: { id: typeof userId === 'string' ? userId : '' },
    select: { id: true, role: true },
  });
  if (!target) return fail('not-found', 'That reader does not exist.');
  if (target.id === actor!.id) return fail('forbidden', 'You cannot act on your own account.');
  if (hasRole(target.role, 'moderator') && !hasRole(actor!.role, 'admin'))
    return fail('forbidden', 'Only admins can act on moderators.');
  const { reason, days } = parsed.data;
  const until = days ? new Date(now.getTime() + days * 24 * 3600 * 1000) : null;
  const data =
    action === 'warn'
      ? { pendingWarning: reason }
      : action === 'suspend'
        ? { suspendedUntil: until }
        : action === 'ban'
          ? { bannedAt: now }
          : { bannedAt: null, suspendedUntil: null };
  await db.$transaction([
    db.user.update({ where: { id: target.id }, data }),
    db.moderationAction.create({
      data: {
        actorId: actor!.id,
        action,
        targetUserId: target.id,
        note: reason,
        details: until ? { until: until.toISOString(), days } : undefined,
        createdAt: now,
      },
    }),
  ]);
  return { ok: true };
}

/** The reader saw their warning; it is not shown again (the audit log keeps it). */
export async function acknowledgeWarning(actor: Actor): Promise<Result> {
  if (!actor) return fail('unauthenticated', 'Sign in first.');
  await db.user.update({ where: { id: actor.id }, data: { pendingWarning: null } });
  return { ok: true };
}
