import { describe, expect, it } from 'vitest';
import { describeImapTarget, parseImapUrl } from './imap-url';

describe('parseImapUrl', () => {
  it('reads TLS, port, percent-encoded credentials and the mailbox', () => {
    expect(parseImapUrl('imaps://bounces%40example.org:p%40ss%2Fw0rd@mail.example.org/Bounces')).toEqual({
      host: 'mail.example.org',
      port: 993,
      secure: true,
      user: 'bounces@example.org',
      password: 'p@ss/w0rd',
      mailbox: 'Bounces',
    });
    expect(parseImapUrl('imap://u:p@[::1]:1143')).toMatchObject({ host: '::1', port: 1143, secure: false });
    expect(parseImapUrl('imap://u:p@127.0.0.1/')).toMatchObject({ port: 143, mailbox: 'INBOX' });
  });

  it('refuses what cannot be logged in with', () => {
    for (const bad of [
      'pop3://u:p@host',
      'imaps://host/INBOX',
      'imaps://u@host/INBOX',
      'imaps://u:%E0%A4%A@host',
      'imaps://u:p@host/INBOX?x=1',
      'mail.example.org',
    ])
      expect(parseImapUrl(bad), bad).toBeNull();
  });

  it('describes a target without its password', () => {
    const target = parseImapUrl('imaps://bounces:secret@mail.example.org:993/INBOX')!;
    expect(describeImapTarget(target)).toBe('imaps://bounces@mail.example.org:993/INBOX');
  });
});
