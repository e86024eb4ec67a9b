import { describe, expect, it } from 'vitest';
import { createNotificationToken, verifyNotificationToken } from './notification-tokens';

const SECRET = 'a-test-secret-that-is-long-enough-1234';

describe('comment notification tokens', () => {
  it('round-trips the user id for the kind it was made for', () => {
    const token = createNotificationToken(SECRET, 'reply', 'ckuser123');
    expect(verifyNotificationToken(SECRET, 'reply', token)).toBe('ckuser123');
  });

  it('refuses a token of another kind, another secret, or tampered', () => {
    const token = createNotificationToken(SECRET, 'reply', 'ckuser123');
    expect(verifyNotificationToken(SECRET, 'approved', token)).toBeNull();
    expect(verifyNotificationToken(`${SECRET}x`, 'reply', token)).toBeNull();
    const other = Buffer.from('ckuser999').toString('base64url');
    expect(verifyNotificationToken(SECRET, 'reply', `${other}.${token.split('.')[1]}`)).toBeNull();
    expect(verifyNotificationToken(SECRET, 'reply', `${token}.x`)).toBeNull();
    expect(verifyNotificationToken(SECRET, 'nonsense', token)).toBeNull();
    expect(verifyNotificationToken(SECRET, 'reply', '')).toBeNull();
  });
});
