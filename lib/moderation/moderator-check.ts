import { hasRole, type Role } from '../auth/roles';
import { fail, type Actor, type Failure } from '../result';

/** Every moderation function starts here; pages and actions never rely on the UI hiding buttons. */
export function checkStaff(actor: Actor, role: Role = 'moderator'): Failure | null {
  if (!actor) return fail('unauthenticated', 'Sign in to moderate.');
  if (!hasRole(actor.role, role))
    return fail('forbidden', role === 'admin' ? 'Only admins can do that.' : 'Only moderators can do that.');
  return null;
}
