'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { signIn } from '@/lib/auth/auth';
import { blockedDomainMessage, blockedEmailDomain } from '@/lib/bot-proof/blocked-email-domain';
import { checkHumanSender, isHoneypotFilled } from '@/lib/bot-proof/check-human-sender';
import { mailboxKey } from '@/lib/mail/mailbox-key';
import { InvalidEmailAddressError, normalizeEmail } from '@/lib/auth/normalize-email';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { consumeSignInAllowance } from '@/lib/auth/sign-in-limits';
import { formAction, textField } from '@/lib/actions/form-action';
import { formError } from '@/lib/actions/form-state';
import { clientIp } from '@/lib/security/client-ip';

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
        ctx.addIssue({
          code: 'custom',
          message:
            err instanceof InvalidEmailAddressError ? err.message : 'Enter an email address like name@example.com.',
        });
        return z.NEVER;
      }
    }),
  callbackUrl: z.string().optional(),
});

/**
 * Same answer for known and unknown addresses: the check-your-email page. Before any email: the
 * honeypot, the domain block list and the proof-of-work (or no-script) check (docs/0017).
 */
export const requestSignInLink = formAction({
  schema,
  read: (form) => ({ email: textField(form, 'email'), callbackUrl: textField(form, 'callbackUrl') || undefined }),
  echo: (form) => ({ email: textField(form, 'email') }),
  async run({ email, callbackUrl }, form) {
    const echo = { email: textField(form, 'email') };
    // The honeypot: people never see this field, form-filling bots do. Look successful, do nothing.
    if (isHoneypotFilled(form)) redirect('/signin/check-email');
    const blocked = await blockedEmailDomain(email);
    if (blocked) return formError(blockedDomainMessage(blocked), echo);
    const ip = clientIp(await headers());
    const button = 'Email me a sign-in link';
    const human = await checkHumanSender(form, { form: 'sign-in', ip, mailbox: mailboxKey(email) }, button);
    if (!human.ok) return formError(human.message, { ...echo, ...(human.ticket ? { ticket: human.ticket } : {}) });
    const waitSeconds = await consumeSignInAllowance(email, ip);
    if (waitSeconds > 0) {
      const waitMinutes = Math.ceil(waitSeconds / 60);
      return formError(
        `Too many sign-in emails have been requested. Try again in ${waitMinutes} minute${waitMinutes === 1 ? '' : 's'}.`,
        echo,
      );
    }
    try {
      await signIn('email', { email, redirectTo: safeReturnPath(callbackUrl), redirect: false });
    } catch (err) {
      console.error('Sending a sign-in link failed', err);
      return formError('We could not send the email just now. Please try again in a minute.', echo);
    }
    redirect('/signin/check-email');
  },
});
