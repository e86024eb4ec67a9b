import { describe, expect, it } from 'vitest';
import { checkEmailAddress } from './email-address';

describe('checkEmailAddress', () => {
  it.each([
    ['reader@example.com', 'reader@example.com'],
    ['  Reader.Name+news@Example.COM ', 'Reader.Name+news@example.com'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['a!#$%&*/=?^_`{|}~-@example.org', 'a!#$%&*/=?^_`{|}~-@example.org'],
    ['user@sub.domain.example.co.uk', 'user@sub.domain.example.co.uk'],
    ['user@bücher.de', 'user@xn--bcher-kva.de'],
    ['user@example.com.', 'user@example.com'],
  ])('accepts %s as %s', (input, email) => {
    const r = checkEmailAddress(input);
    expect(r).toEqual({ ok: true, email, key: email.toLowerCase() });
  });

  it.each([
    ['', 'empty'],
    ['plainaddress', 'no @'],
    ['@example.com', 'no local part'],
    ['user@', 'no domain'],
    ['"john doe"@example.com', 'quoted local part'],
    ['"a@b"@example.com', 'quoted local part with @'],
    ['jöhn@example.com', 'non-ASCII local part'],
    ['user@[192.0.2.1]', 'IP literal'],
    ['user@localhost', 'single-label domain'],
    ['user@example..com', 'empty label'],
    ['user@-example.com', 'label starting with a hyphen'],
    ['user@example.123', 'numeric top-level domain'],
    ['.user@example.com', 'leading dot'],
    ['user.@example.com', 'trailing dot'],
    ['us..er@example.com', 'consecutive dots'],
    ['us er@example.com', 'space'],
    ['user@example.com\r\nBcc: x@y.z', 'header injection'],
    ['user(comment)@example.com', 'comment'],
    ['Name <user@example.com>', 'display name'],
    [`${'a'.repeat(65)}@example.com`, 'local part over 64'],
    [`user@${'a'.repeat(64)}.com`, 'label over 63'],
    [
      `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.com`,
      'over 254 in all',
    ],
  ])('refuses %j (%s)', (input) => {
    expect(checkEmailAddress(input).ok).toBe(false);
  });
});
