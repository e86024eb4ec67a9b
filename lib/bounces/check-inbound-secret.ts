// The inbound-mail endpoint takes INBOUND_MAIL_SECRET as a bearer token or as the password of
// HTTP Basic (what forwarding services such as Postmark or a mail-to-webhook relay can send).
// Both sides are hashed first so the comparison is constant-time whatever the lengths.
import crypto from 'node:crypto';

const digest = (value: string) => crypto.createHash('sha256').update(value).digest();

export function checkInboundSecret(authorization: string | null, secret: string): boolean {
  if (!authorization) return false;
  const [scheme = '', value = ''] = authorization.trim().split(/\s+/, 2);
  let presented: string | null = null;
  if (/^bearer$/i.test(scheme)) presented = value;
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    presented = decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : null;
  }
  return presented !== null && crypto.timingSafeEqual(digest(presented), digest(secret));
}
