// The one place that reads process.env: every variable of the contract, validated once.
// A bad value throws an EnvError that names the variable; scripts/start.ts prints it and stops.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseImapUrl } from './bounces/imap-url';
import { parseDomainList } from './bot-proof/parse-domain-list';
import { DEFAULT_DATABASE_URL } from './platform/db-adapter';

export const AUTH_SECRET_FILE = path.join('data', 'auth-secret');

export class EnvError extends Error {}

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default(DEFAULT_DATABASE_URL)
    .refine((v) => /^file:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v), {
      message: 'must be file:<path> (SQLite) or postgresql://… (PostgreSQL)',
    }),
  SITE_URL: z
    .string()
    .trim()
    .default('http://localhost:3000')
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
      message: 'must be an absolute http:// or https:// URL',
    })
    .transform((v) => v.replace(/\/+$/, '')),
  AUTH_SECRET: optional.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters (try: openssl rand -base64 32)',
  }),
  SMTP_URL: optional.refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), {
    message: 'must look like smtp://user:pass@host:port or smtps://…',
  }),
  REDIS_URL: optional.refine((v) => v === undefined || /^rediss?:\/\/[^\s]+$/.test(v), {
    message: 'must look like redis://host:6379 or rediss://user:pass@host:port',
  }),
  // A CDN in front (docs/0021): imports and moderation decisions POST the stale URLs and keys here.
  CDN_PURGE_URL: optional.refine((v) => v === undefined || (URL.canParse(v) && /^https?:$/.test(new URL(v).protocol)), {
    message: 'must be an absolute http:// or https:// URL that takes purge requests',
  }),
  CDN_PURGE_TOKEN: optional,
  EMAIL_FROM: z
    .string()
    .trim()
    .default('Dispatch <news@localhost>')
    .refine((v) => !/[\r\n]/.test(v) && /^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(v), {
      message: 'must be an address like news@example.com or "Name <news@example.com>"',
    }),
  ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine((list) => list.every((e) => /^[^\s@]+@[^\s@]+$/.test(e)), {
      message: 'must be a comma-separated list of email addresses',
    }),
  // Bounces and complaints (docs/0016-bounces-and-suppression.md).
  BOUNCE_ADDRESS: optional.refine((v) => v === undefined || /^[^\s<>@+]+@[^\s<>@]+\.[^\s<>@]+$/.test(v), {
    message: 'must be a plain address without "+", like bounces@example.org',
  }),
  INBOUND_MAIL_SECRET: optional.refine((v) => v === undefined || v.length >= 24, {
    message: 'must be at least 24 characters (try: openssl rand -base64 32)',
  }),
  // A mailbox the reports arrive in, read every minute by `npm start` (lib/bounces/read-bounce-mailbox.ts).
  BOUNCE_IMAP_URL: optional.refine((v) => v === undefined || parseImapUrl(v) !== null, {
    message:
      'must look like imaps://user:password@host:993/INBOX or imap://… (percent-encode "@", ":" and "/" in the password)',
  }),
  MAILGUN_WEBHOOK_SIGNING_KEY: optional,
  SENDGRID_WEBHOOK_PUBLIC_KEY: optional.refine((v) => v === undefined || isEcPublicKey(v), {
    message: 'must be the verification key SendGrid shows (base64, an ECDSA P-256 public key)',
  }),
  AUTH_GITHUB_ID: optional,
  AUTH_GITHUB_SECRET: optional,
  AUTH_GOOGLE_ID: optional,
  AUTH_GOOGLE_SECRET: optional,
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  // How many reverse proxies stand in front of the site (docs/0010): 0 trusts no X-Forwarded-For.
  TRUST_PROXY: z.coerce
    .number({ message: 'must be the number of proxies in front of the site (0 when none)' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(10, 'must be at most 10')
    .default(0),
  // docs/0017: the largest counter a proof-of-work challenge may need (a browser tries half on
  // average, 1,000 PBKDF2-SHA-256 rounds each). Tests may set it low; production keeps the default.
  PROOF_OF_WORK_DIFFICULTY: z.coerce
    .number({ message: 'must be a whole number (the default is 600)' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1_000_000, 'must be at most 1000000')
    .default(600),
  BLOCKED_EMAIL_DOMAINS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const { domains, invalid } = parseDomainList(v);
      if (invalid.length > 0)
        ctx.addIssue({
          code: 'custom',
          message: `not a domain: ${invalid.join(', ')} (list domains like mailinator.com)`,
        });
      return domains;
    }),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Not for operators: the build directory, set by scripts/start.ts for `next build` and the
  // server (docs/0013-builds.md); a plain `next build` or `next dev` uses .next.
  DISPATCH_BUILD_DIR: z.string().trim().min(1).default('.next'),
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string | undefined };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = result.data;
  for (const [id, secret] of [
    ['AUTH_GITHUB_ID', 'AUTH_GITHUB_SECRET'],
    ['AUTH_GOOGLE_ID', 'AUTH_GOOGLE_SECRET'],
  ] as const) {
    if (Boolean(env[id]) !== Boolean(env[secret])) {
      throw new EnvError(
        `Invalid configuration:\n  ${env[id] ? secret : id}: set both ${id} and ${secret}, or neither`,
      );
    }
  }
  if (!env.AUTH_SECRET && env.SITE_URL.startsWith('https:') && env.NODE_ENV === 'production') {
    const fromFile = readSecretFile();
    if (!fromFile) throw new EnvError('Invalid configuration:\n  AUTH_SECRET: required when SITE_URL is https');
  }
  // A public site without SMTP would show every sign-in link at /dev/mailbox.
  if (!env.SMTP_URL && env.SITE_URL.startsWith('https:') && env.NODE_ENV === 'production') {
    throw new EnvError(
      'Invalid configuration:\n  SMTP_URL: required when SITE_URL is https (without it mail is only captured locally)',
    );
  }
  return { ...env, AUTH_SECRET: env.AUTH_SECRET ?? readSecretFile() };
}

/** SendGrid shows its key as base64 DER (SPKI) without PEM armour. */
export function isEcPublicKey(base64: string): boolean {
  try {
    const key = crypto.createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
  } catch {
    return false;
  }
}

function readSecretFile(): string | undefined {
  try {
    return fs.readFileSync(AUTH_SECRET_FILE, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** AUTH_SECRET, for what it signs (links in emails, keys); throws saying how to get one. */
export function authSecret(): string {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set (npm start generates one into data/auth-secret)');
  return secret;
}

export function isPostgres(): boolean {
  return /^postgres/.test(getEnv().DATABASE_URL);
}
