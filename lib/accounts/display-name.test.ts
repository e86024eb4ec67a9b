import { describe, expect, it } from 'vitest';
import { displayNameKey, displayNameSchema } from './display-name';

const check = (v: string) => {
  const r = displayNameSchema.safeParse(v);
  return r.success ? r.data : r.error.issues[0]!.message;
};

describe('displayNameSchema', () => {
  it('trims and collapses spaces', () => {
    expect(check('  Ada   Lovelace ')).toBe('Ada Lovelace');
  });
  it('accepts letters from any script and simple punctuation', () => {
    expect(check('Zoë O’Brien-Smith')).toBe('Zoë O’Brien-Smith');
    expect(check('李雷')).toBe('李雷');
  });
  it.each(['a', 'x'.repeat(41), '<script>', 'name@example.com', '-dash', 'emoji 😀'])('refuses %j', (v) => {
    expect(check(v)).not.toBe(v);
  });
  it.each(['Moderator', 'The Admin', '4dm1n', 'D1spatch Desk', 'MODERATOR_Jo', 'a.d.m.i.n', 'TheAdminTeam', 'Aaadmin'])('refuses staff look-alike %j', (v) => {
    expect(check(v)).toMatch(/reserved/);
  });
  it.each(['Adam Inglis', 'Badminton fan', 'Edith Moder'])('does not block the innocent name %j', (v) => {
    expect(check(v)).toBe(v);
  });
  it('keys names case-insensitively', () => {
    expect(displayNameKey('  Ada  LOVELACE ')).toBe(displayNameKey('ada lovelace'));
  });
});
