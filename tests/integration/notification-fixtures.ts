// Shared by the comment-notification tests: the newsletter world (stories, SMTP on loopback,
// lib/ pointed at both) plus readers who may comment, and a quick way to read what arrived.
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { parse, type Received } from './newsletter-fixtures';

export async function addReaders(db: PrismaClient, names: string[], role = 'reader') {
  const { POLICY_VERSION } = await import('../../lib/comments/policy');
  const ids: Record<string, string> = {};
  for (const name of names) {
    const u = await db.user.create({
      data: {
        email: `${name}@example.test`,
        role,
        displayName: name,
        displayNameKey: name.toLowerCase(),
        policyVersion: POLICY_VERSION,
        policyAcceptedAt: new Date(),
      },
    });
    ids[name] = u.id;
  }
  return ids;
}

export async function permissiveSettings(db: PrismaClient, extra: Record<string, unknown> = {}) {
  await db.moderationSettings.create({
    data: {
      id: 1,
      postsPer15Seconds: 10_000,
      postsPerHour: 10_000,
      newCommenterHoldCount: 0,
      linkHoldMinApproved: 0,
      suspectWords: 'holdme',
      ...extra,
    },
  });
}

/** What arrived for `to` since `from`, parsed. */
export async function mailFor(received: Received[], to: string, from = 0) {
  return Promise.all(
    received
      .slice(from)
      .filter((r) => r.to === to)
      .map(async (r) => ({ raw: r.raw, mail: await parse(r.raw) })),
  );
}
