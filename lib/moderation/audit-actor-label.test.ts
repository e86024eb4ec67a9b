import { describe, expect, it } from 'vitest';
import { auditActorLabel } from './audit-actor-label';

describe('auditActorLabel', () => {
  it('names the moderator by display name and email, or email alone', () => {
    expect(auditActorLabel({ displayName: 'Sam', email: 'sam@example.test' }, 'approve')).toBe(
      'Sam (sam@example.test)',
    );
    expect(auditActorLabel({ displayName: null, email: 'sam@example.test' }, 'approve')).toBe('sam@example.test');
  });
  it('tells screening from an account deleted since', () => {
    expect(auditActorLabel(null, 'auto-hold')).toBe('automatic screening');
    expect(auditActorLabel(null, 'ban')).toBe('a deleted account');
  });
});
