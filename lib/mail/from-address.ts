// EMAIL_FROM (validated by lib/env.ts) as SMTP and Message-IDs need it.
import addressparser from 'nodemailer/lib/addressparser';
import { getEnv } from '../env';

/** The bare address: `news@example.com` from `Dispatch <news@example.com>`. */
export function fromAddress(): string {
  return (addressparser(getEnv().EMAIL_FROM) as { address?: string }[])[0]?.address ?? '';
}

/** The domain Message-IDs are made under: `<random@example.com>`. */
export function messageIdDomain(): string {
  return fromAddress().split('@')[1] || 'localhost';
}
