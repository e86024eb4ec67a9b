// Who did it, as staff read it in the audit log and on a reader's record. Staff pages only: it
// shows the moderator's email, so the person is named even without a display name.
import 'server-only';
export function auditActorLabel(actor: { displayName: string | null; email: string } | null, action: string): string {
  if (actor) return actor.displayName ? `${actor.displayName} (${actor.email})` : actor.email;
  // actorId is null for screening, and (SetNull) once the acting account was deleted.
  return action.startsWith('auto-') ? 'automatic screening' : 'a deleted account';
}
