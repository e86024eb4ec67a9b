import { describe, expect, it } from 'vitest';
import { mailboxKey } from './mailbox-key';

describe('mailboxKey', () => {
  it.each([
    ['reader@example.com', 'reader@example.com'],
    ['  Reader@Example.COM ', 'reader@example.com'],
    ['victim+0@example.com', 'victim@example.com'],
    ['victim+7@example.com', 'victim@example.com'],
    ['victim+a+b@example.com', 'victim@example.com'],
    ['Jane.Doe@gmail.com', 'janedoe@gmail.com'],
    ['j.a.n.e.d.o.e+news@gmail.com', 'janedoe@gmail.com'],
    ['jane.doe@googlemail.com', 'janedoe@gmail.com'],
    ['JANEDOE+X@GOOGLEMAIL.COM', 'janedoe@gmail.com'],
  ])('%j → %j', (email, key) => {
    expect(mailboxKey(email)).toBe(key);
  });

  it('keeps dots outside Gmail, where they are part of the name', () => {
    expect(mailboxKey('jane.doe@example.com')).toBe('jane.doe@example.com');
    expect(mailboxKey('jane.doe@mail.gmail.com')).toBe('jane.doe@mail.gmail.com');
  });

  it('keeps a local part that is all tag, and the domain as given', () => {
    expect(mailboxKey('+news@example.com')).toBe('+news@example.com');
    expect(mailboxKey('a@xn--bcher-kva.example')).toBe('a@xn--bcher-kva.example');
  });

  it('tells different mailboxes apart', () => {
    expect(mailboxKey('victim@example.com')).not.toBe(mailboxKey('victim@example.org'));
    expect(mailboxKey('victim@example.com')).not.toBe(mailboxKey('victims@example.com'));
  });
});
