// Tokens in newsletter links: `<payload>.<HMAC>` signed with AUTH_SECRET, one purpose each.
// Confirm and preferences links are bound to the subscriber's tokenVersion, so a new opt-in
// retires them; unsubscribe links are not, so any newsletter email ever sent can still stop mail.
import { sign, verify } from '../../security/hmac';

export type TokenPurpose = 'confirm' | 'preferences' | 'unsubscribe';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number | null> = {
  confirm: 48 * 3600_000,
  preferences: 365 * 24 * 3600_000,
  unsubscribe: null,
};

export type TokenClaims = { purpose: TokenPurpose; subscriberId: string; version: number };
export type TokenCheck =
  { ok: true; subscriberId: string; version: number } | { ok: false; reason: 'invalid' | 'expired' };

export function createToken(secret: string, claims: TokenClaims, now = Date.now()): string {
  const lifetime = TOKEN_LIFETIME_MS[claims.purpose];
  const expires = lifetime === null ? 0 : Math.floor((now + lifetime) / 1000);
  const payload = Buffer.from(`${claims.subscriberId}.${claims.version}.${expires}`).toString('base64url');
  return `${payload}.${sign(secret, `newsletter-${claims.purpose}`, payload)}`;
}

export function verifyToken(secret: string, purpose: TokenPurpose, token: string, now = Date.now()): TokenCheck {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 300) return { ok: false, reason: 'invalid' };
  if (!verify(secret, `newsletter-${purpose}`, payload, signature)) return { ok: false, reason: 'invalid' };
  const match = /^([a-z0-9]{1,40})\.(\d{1,9})\.(\d{1,12})$/.exec(Buffer.from(payload, 'base64url').toString());
  if (!match) return { ok: false, reason: 'invalid' };
  const expires = Number(match[3]);
  if (expires !== 0 && expires * 1000 < now) return { ok: false, reason: 'expired' };
  return { ok: true, subscriberId: match[1]!, version: Number(match[2]) };
}
