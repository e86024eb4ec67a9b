import { describe, expect, it } from 'vitest';
import { addressKey, isLoopbackSocket, resolveClientIp } from './client-ip';

describe('resolveClientIp', () => {
  it('with no trusted proxy, is the socket address whatever X-Forwarded-For claims', () => {
    expect(resolveClientIp('198.51.100.7', undefined, 0)).toBe('198.51.100.7');
    expect(resolveClientIp('198.51.100.7', '203.0.113.1', 0)).toBe('198.51.100.7');
    expect(resolveClientIp('::ffff:198.51.100.7', '203.0.113.1, 203.0.113.2', 0)).toBe('198.51.100.7');
  });

  it('behind N proxies, is the entry N hops from the right: what the client wrote on the left is ignored', () => {
    // The client wrote "1.1.1.1"; the one proxy appended the address it saw.
    expect(resolveClientIp('10.0.0.2', '1.1.1.1, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(resolveClientIp('10.0.0.2', ['1.1.1.1', '203.0.113.9'], 1)).toBe('203.0.113.9');
    // CDN → balancer → us: two trusted hops.
    expect(resolveClientIp('10.0.0.2', '1.1.1.1, 203.0.113.9, 192.0.2.50', 2)).toBe('203.0.113.9');
  });

  it('with fewer entries than trusted hops, takes the left-most there is', () => {
    expect(resolveClientIp('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(resolveClientIp('10.0.0.2', '203.0.113.9', 3)).toBe('203.0.113.9');
  });

  it('never returns junk from the header as an identity', () => {
    expect(resolveClientIp('10.0.0.2', '<script>, not-an-ip', 1)).toBe('unknown');
    expect(resolveClientIp(undefined, undefined, 0)).toBe('unknown');
  });
});

describe('addressKey', () => {
  it('counts IPv6 clients by their /64', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('[2001:0db8:0001:0002::9]')).toBe('2001:db8:1:2::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});

describe('isLoopbackSocket', () => {
  it('knows this machine', () => {
    for (const a of ['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1']) expect(isLoopbackSocket(a), a).toBe(true);
    for (const a of ['10.0.0.1', '::ffff:10.0.0.1', '2001:db8::1', undefined])
      expect(isLoopbackSocket(a), String(a)).toBe(false);
  });
});
