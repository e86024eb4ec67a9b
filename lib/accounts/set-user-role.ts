import { db } from '../db';
import { isRole, ROLES } from '../auth/roles';

export type SetRoleResult =
  { ok: true; email: string; role: string; previous: string } | { ok: false; message: string };

export async function setUserRole(emailInput: string, roleInput: string): Promise<SetRoleResult> {
  const email = emailInput.trim().toLowerCase();
  const role = roleInput.trim().toLowerCase();
  if (!isRole(role)) return { ok: false, message: `Unknown role "${roleInput}". Use one of: ${ROLES.join(', ')}.` };
  const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
  if (!user)
    return { ok: false, message: `No account uses ${email}. The person must sign in once before a role can be given.` };
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { ok: true, email, role, previous: user.role };
}
