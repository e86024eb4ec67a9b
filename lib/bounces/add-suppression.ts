// An admin puts an address on the suppression list by hand (a reader asked by phone, a
// provider's list imported); recorded in the audit trail with who did it.
import { db } from '../db';
import { checkEmailAddress } from '../mail/email-address';
import { emailKeyOf } from '../newsletter/subscription/email-key';
import { suppressAddress } from './suppress-address';

export type AddSuppressionResult = { ok: true; email: string } | { ok: false; reason: string };

export async function addSuppression(input: {
  email: string;
  note: string;
  actorId: string;
}): Promise<AddSuppressionResult> {
  const checked = checkEmailAddress(input.email);
  if (!checked.ok) return checked;
  const emailKey = emailKeyOf(checked.key);
  const note = input.note.trim().slice(0, 300) || null;
  await suppressAddress({ emailKey, email: checked.email, reason: 'manual', detail: note });
  await db.mailEvent.create({
    data: { kind: 'suppression-added', emailKey, source: 'admin', detail: note, actorId: input.actorId },
  });
  return { ok: true, email: checked.email };
}
