import { describe, expect, it } from 'vitest';
import { parseDomainList } from './parse-domain-list';

describe('parseDomainList', () => {
  it('reads commas, spaces and lines, lower-cases, drops "@" and duplicates', () => {
    expect(parseDomainList(' Mailinator.com,\n@burner.example  mailinator.com. ')).toEqual({
      domains: ['mailinator.com', 'burner.example'],
      invalid: [],
    });
  });

  it('names what is not a domain', () => {
    expect(parseDomainList('localhost, a@b.example, ok.example, -bad.example')).toEqual({
      domains: ['ok.example'],
      invalid: ['localhost', 'a@b.example', '-bad.example'],
    });
  });

  it('an empty list is empty', () => {
    expect(parseDomainList('  \n ')).toEqual({ domains: [], invalid: [] });
  });
});
