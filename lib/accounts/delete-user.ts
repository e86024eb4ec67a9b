import { db } from '../db';

/**
 * Deletes the account with its sessions, linked sign-in accounts and pending sign-in tokens
 * (docs/0005-accounts.md). One transaction: a crash leaves the account whole or gone.
 */
export async function deleteUser(userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return;
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.user.delete({ where: { id: userId } }); // sessions and accounts cascade
  });
}
