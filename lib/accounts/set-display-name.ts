import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { displayNameKey, displayNameSchema } from './display-name';

export type SetDisplayNameResult = { ok: true; displayName: string } | { ok: false; message: string };

export async function setDisplayName(userId: string, input: string): Promise<SetDisplayNameResult> {
  const parsed = displayNameSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  const displayName = parsed.data;
  try {
    await db.user.update({ where: { id: userId }, data: { displayName, displayNameKey: displayNameKey(displayName) } });
    return { ok: true, displayName };
  } catch (err) {
    // The unique index is the arbiter, so two readers racing for one name cannot both win.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      return { ok: false, message: 'That name is already taken. Try another.' };
    }
    throw err;
  }
}
