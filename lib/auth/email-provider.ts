// Magic-link sign-in through our own mail layer and template. The emailed link opens
// /signin/confirm, whose button spends the token: a link scanner's GET never signs anyone in.
import type { EmailConfig } from 'next-auth/providers/email';
import { createElement } from 'react';
import SignInEmail from '@/emails/SignInEmail';
import { getEnv } from '../env';
import { sendEmail } from '../mail/send-email';
import { normalizeEmail } from './normalize-email';

export const MAGIC_LINK_MINUTES = 10;

export function emailProvider(): EmailConfig {
  return {
    id: 'email',
    type: 'email',
    name: 'Email',
    maxAge: MAGIC_LINK_MINUTES * 60,
    normalizeIdentifier: normalizeEmail,
    async sendVerificationRequest({ identifier, url }) {
      const site = getEnv().SITE_URL;
      const confirm = new URL('/signin/confirm', site);
      const callback = new URL(url);
      for (const key of ['token', 'email', 'callbackUrl']) {
        const value = callback.searchParams.get(key);
        if (value) confirm.searchParams.set(key, value);
      }
      await sendEmail({
        to: identifier,
        subject: 'Your Dispatch sign-in link',
        // Sign-in is never suppressed: a reader must always be able to get in.
        context: { kind: 'sign-in' },
        template: createElement(SignInEmail, {
          url: confirm.toString(),
          host: new URL(site).host,
          expiresInMinutes: MAGIC_LINK_MINUTES,
        }),
      });
    },
    options: {},
  };
}
