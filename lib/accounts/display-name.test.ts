import { describe, expect, it } from 'vitest';
import { displayNameKey, displayNameSchema, impersonates } from './display-name';

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
  it.each(['Moderator', 'The Admin', '4dm1n', 'D1spatch Desk', 'MODERATOR_Jo', 'a.d.m.i.n', 'TheAdminTeam', 'Aaadmin'])(
    'refuses staff look-alike %j',
    (v) => {
      expect(check(v)).toMatch(/reserved/);
    },
  );
  // Issue 12: look-alike letters from other scripts, and "staff" itself (its double f was
  // collapsed on the candidate's side only).
  it.each([
    'Аdmin',
    'Mоderator',
    'Dіspatch',
    'ɑdmin',
    'Staff',
    'Ｓtaff',
    'STAFF desk',
    'Staaaff',
    'Admmin',
    'Adrnin',
    'Ádmin',
    'Editor Jo',
    'Ad Min',
  ])('refuses staff look-alike %j with the reserved-name message', (v) => {
    expect(check(v)).toBe('Names that look like Dispatch staff (moderator, admin, Dispatch) are reserved.');
  });
  it.each([
    'Adam Inglis',
    'Badminton fan',
    'Edith Moder',
    'Edith',
    'Adam Minter',
    'Stafford',
    'Jo Stafford',
    'Мария',
    'Δημήτρης',
    '李雷',
    'Zoë',
    'Mod Squad',
  ])('does not block the innocent name %j', (v) => {
    expect(check(v)).toBe(v);
  });
  it('compares a name and a reserved word the same way', () => {
    expect(impersonates('staff')).toBe(true);
    expect(impersonates('Stafford')).toBe(false);
    expect(impersonates('Stafford Staff')).toBe(true);
  });
  it('keys names case-insensitively', () => {
    expect(displayNameKey('  Ada  LOVELACE ')).toBe(displayNameKey('ada lovelace'));
  });
});
