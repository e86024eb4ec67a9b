import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('fills the documented defaults', () => {
    const env = parseEnv({ AUTH_SECRET: 'x'.repeat(32) });
    expect(env.DATABASE_URL).toBe('file:./data/dispatch.db');
    expect(env.SITE_URL).toBe('http://localhost:3000');
    expect(env.EMAIL_FROM).toBe('Dispatch <news@localhost>');
    expect(env.PORT).toBe(3000);
    expect(env.ADMIN_EMAILS).toEqual([]);
  });

  it.each([
    ['PORT', 'eighty', /PORT/],
    ['PORT', '70000', /PORT: must be between 1 and 65535/],
    ['SITE_URL', 'localhost:3000', /SITE_URL/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL/],
    ['SMTP_URL', 'http://mail', /SMTP_URL/],
    ['EMAIL_FROM', 'not an address', /EMAIL_FROM/],
    ['ADMIN_EMAILS', 'a@b.c, nope', /ADMIN_EMAILS/],
    ['AUTH_SECRET', 'short', /AUTH_SECRET/],
    ['BOUNCE_ADDRESS', 'bounces+x@example.org', /BOUNCE_ADDRESS/],
    ['BOUNCE_ADDRESS', 'Bounces <bounces@example.org>', /BOUNCE_ADDRESS/],
    ['INBOUND_MAIL_SECRET', 'too-short', /INBOUND_MAIL_SECRET/],
    ['BOUNCE_IMAP_URL', 'imaps://mail.example.org/INBOX', /BOUNCE_IMAP_URL: must look like imaps:\/\//],
    ['BOUNCE_IMAP_URL', 'https://u:p@mail.example.org', /BOUNCE_IMAP_URL/],
    ['SENDGRID_WEBHOOK_PUBLIC_KEY', 'bm90IGEga2V5', /SENDGRID_WEBHOOK_PUBLIC_KEY/],
  ])('names %s when its value is bad', (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(message);
  });

  it('takes a bounce address and an ECDSA P-256 SendGrid key', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const key = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const env = parseEnv({ BOUNCE_ADDRESS: 'bounces@example.org', SENDGRID_WEBHOOK_PUBLIC_KEY: key });
    expect(env).toMatchObject({ BOUNCE_ADDRESS: 'bounces@example.org', SENDGRID_WEBHOOK_PUBLIC_KEY: key });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'der', type: 'spki' });
    expect(() => parseEnv({ SENDGRID_WEBHOOK_PUBLIC_KEY: rsa.toString('base64') })).toThrow(/SENDGRID/);
  });

  it('needs both halves of an OAuth pair', () => {
    expect(() => parseEnv({ AUTH_GITHUB_ID: 'id' })).toThrow(/AUTH_GITHUB_SECRET/);
  });

  it('normalises admin emails and the site URL', () => {
    const env = parseEnv({
      ADMIN_EMAILS: ' Ed@Example.com ,b@c.d',
      SITE_URL: 'https://news.example.com/',
      AUTH_SECRET: 'y'.repeat(40),
    });
    expect(env.ADMIN_EMAILS).toEqual(['ed@example.com', 'b@c.d']);
    expect(env.SITE_URL).toBe('https://news.example.com');
  });
});
