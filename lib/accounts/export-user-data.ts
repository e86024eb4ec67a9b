import { db } from '../db';

/** Everything stored about a reader, for "download my data". Tokens and session secrets excluded. */
export async function exportUserData(userId: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      name: true,
      image: true,
      role: true,
      displayName: true,
      createdAt: true,
      updatedAt: true,
      accounts: { select: { provider: true, type: true } },
      sessions: { select: { expires: true } },
    },
  });
  return {
    exportedAt: new Date().toISOString(),
    about: 'Everything Dispatch stores about your account. Sign-in tokens and session secrets are not included.',
    account: {
      id: user.id,
      email: user.email,
      emailVerified: user.emailVerified,
      displayName: user.displayName,
      name: user.name,
      image: user.image,
      role: user.role,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    },
    signInMethods: user.accounts.map((a) => a.provider),
    activeSessions: user.sessions.map((s) => ({ expires: s.expires })),
  };
}
