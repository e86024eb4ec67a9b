import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidMailgunSignature, type MailgunPayload } from './mailgun-webhook';

const payload = (signature: string) =>
  ({ signature: { timestamp: '1764662400', token: 'a'.repeat(50), signature }, 'event-data': {} }) as MailgunPayload;

describe('isValidMailgunSignature', () => {
  it('refuses, without throwing, a signature of the right length in characters but not in bytes', () => {
    // 64 characters, 65 bytes in UTF-8: a byte-length check must come before the comparison.
    expect(isValidMailgunSignature(payload(`é${'0'.repeat(63)}`), 'key')).toBe(false);
  });

  it('refuses a wrong signature and accepts the right one', () => {
    expect(isValidMailgunSignature(payload('0'.repeat(64)), 'key')).toBe(false);
    const right = crypto
      .createHmac('sha256', 'key')
      .update(`1764662400${'a'.repeat(50)}`)
      .digest('hex');
    expect(isValidMailgunSignature(payload(right), 'key')).toBe(true);
  });
});
