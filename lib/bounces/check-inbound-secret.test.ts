import { describe, expect, it } from 'vitest';
import { checkInboundSecret } from './check-inbound-secret';

const SECRET = 'a-long-enough-shared-secret-000';

describe('checkInboundSecret', () => {
  it('accepts the secret as a bearer token or as the Basic password', () => {
    expect(checkInboundSecret(`Bearer ${SECRET}`, SECRET)).toBe(true);
    expect(checkInboundSecret(`basic ${btoa(`postmark:${SECRET}`)}`, SECRET)).toBe(true);
  });

  it('refuses anything else', () => {
    for (const header of [null, '', 'Bearer', `Bearer ${SECRET}x`, `Basic ${btoa(SECRET)}`, `Token ${SECRET}`])
      expect(checkInboundSecret(header, SECRET)).toBe(false);
  });
});
