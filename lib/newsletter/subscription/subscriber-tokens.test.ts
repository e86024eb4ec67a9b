import { describe, expect, it } from 'vitest';
import { createToken, verifyToken } from './subscriber-tokens';

const SECRET = 'a-test-secret-that-is-long-enough-123456';
const claims = { subscriberId: 'cm0abc123def456ghi789jkl0', version: 2 };
const t0 = Date.parse('2026-11-26T10:00:00Z');

describe('newsletter tokens', () => {
  it('verifies a token for its own purpose only', () => {
    const token = createToken(SECRET, { purpose: 'confirm', ...claims }, t0);
    expect(verifyToken(SECRET, 'confirm', token, t0)).toEqual({ ok: true, ...claims });
    expect(verifyToken(SECRET, 'unsubscribe', token, t0)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken(SECRET, 'preferences', token, t0)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('expires a confirm token after 48 hours', () => {
    const token = createToken(SECRET, { purpose: 'confirm', ...claims }, t0);
    expect(verifyToken(SECRET, 'confirm', token, t0 + 47.9 * 3600_000).ok).toBe(true);
    expect(verifyToken(SECRET, 'confirm', token, t0 + 48.1 * 3600_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('keeps unsubscribe tokens working for old emails', () => {
    const token = createToken(SECRET, { purpose: 'unsubscribe', ...claims }, t0);
    expect(verifyToken(SECRET, 'unsubscribe', token, t0 + 5 * 365 * 24 * 3600_000).ok).toBe(true);
  });

  it('refuses tampered, truncated, foreign-secret and garbage tokens', () => {
    const token = createToken(SECRET, { purpose: 'preferences', ...claims }, t0);
    const [payload, sig] = token.split('.') as [string, string];
    const forged = Buffer.from(`someoneelse0000000000000.2.0`).toString('base64url');
    expect(verifyToken(SECRET, 'preferences', `${forged}.${sig}`, t0).ok).toBe(false);
    expect(verifyToken(SECRET, 'preferences', `${payload}.${sig.slice(0, -1)}`, t0).ok).toBe(false);
    expect(verifyToken(SECRET, 'preferences', payload, t0).ok).toBe(false);
    expect(verifyToken(`${SECRET}x`, 'preferences', token, t0).ok).toBe(false);
    expect(verifyToken(SECRET, 'preferences', `${token}.extra`, t0).ok).toBe(false);
    expect(verifyToken(SECRET, 'preferences', '', t0).ok).toBe(false);
  });
});
