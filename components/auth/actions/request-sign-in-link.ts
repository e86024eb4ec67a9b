'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/lib/auth/auth';
import { InvalidEmailAddressError, normalizeEmail } from '@/lib/auth/normalize-email';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { consumeSignInAllowance } from '@/lib/auth/sign-in-limits';
import { clientIp } from '@/lib/security/client-ip';

export type SignInFormState = { status: 'idle' } | { status: 'error'; message: string; email: string };

const schema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address.')
    .max(254, 'That email address is too long.')
    .transform((v, ctx) => {
      try {
        return normalizeEmail(v);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: err instanceof InvalidEmailAddressError ? err.message : 'Enter an email address like name@example.com.' });
        return z.NEVER;
      }
    }),
  callbackUrl: z.string().optional(),
});

/** Same answer for known and unknown addresses: the check-your-email page. */
export async function requestSignInLink(_prev: SignInFormState, form: FormData): Promise<SignInFormState> {
  const raw = String(form.get('email') ?? '');
  const parsed = schema.safeParse({ email: raw, callbackUrl: form.get('callbackUrl') ?? undefined });
  if (!parsed.success) return { status: 'error', message: parsed.error.issues[0]!.message, email: raw };
  const { email } = parsed.data;
  const h = await headers();
  const ip = clientIp(h);
  const waitSeconds = await consumeSignInAllowance(email, ip);
  if (waitSeconds > 0) {
    const waitMinutes = Math.ceil(waitSeconds / 60);
    return { status: 'error', email: raw, message: `Too many sign-in emails have been requested. Try again in ${waitMinutes} minute${waitMinutes === 1 ? '' : 's'}.` };
  }
  try {
    await signIn('email', { email, redirectTo: safeReturnPath(parsed.data.callbackUrl), redirect: false });
  } catch (err) {
    console.error('Sending a sign-in link failed', err);
    return { status: 'error', email: raw, message: 'We could not send the email just now. Please try again in a minute.' };
  }
  redirect('/signin/check-email');
}
