// Every protected page, action and route asks here; the proxy is never trusted for authorization.
import { forbidden, redirect } from 'next/navigation';
import { auth } from './auth';
import { hasRole, type Role } from './roles';

export type CurrentUser = { id: string; email: string; role: string; displayName: string | null };

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  return session?.user?.id ? session.user : null;
}

/** Signed-in reader or a redirect to /signin that comes back to `returnTo`. */
export async function requireUser(returnTo = '/account'): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function requireRole(role: Role, returnTo = '/moderation'): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!hasRole(user.role, role)) forbidden();
  return user;
}

/** The signed-in reader as the domain functions take it ({ id, role }), or null. */
export async function getActor(): Promise<{ id: string; role: string } | null> {
  const user = await getCurrentUser();
  return user ? { id: user.id, role: user.role } : null;
}
