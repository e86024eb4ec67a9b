'use server';

import { signOut } from '@/lib/auth/auth';

/** Deletes the session row on the server, then clears the cookie. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
