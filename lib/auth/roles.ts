export const ROLES = ['reader', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { reader: 0, moderator: 1, admin: 2 };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Admins can do everything moderators can. */
export function hasRole(actual: string, needed: Role): boolean {
  return isRole(actual) && RANK[actual] >= RANK[needed];
}
