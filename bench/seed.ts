// Load data written straight into the bench database with better-sqlite3, in one transaction per
// call: readers, a 500-comment thread, a 100,000-comment moderation queue, digest subscribers and
// the settings that keep limits and holds out of the way. Dates are stored the way the Prisma
// SQLite adapter stores them (ISO 8601 text with +00:00), booleans as 0/1.
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { POLICY_VERSION } from '../lib/comments/policy';
import { DEFAULT_BANNED_WORDS, DEFAULT_SUSPECT_WORDS } from '../lib/moderation/default-word-lists';

export type RawDb = Database.Database;

export const openRaw = (file: string): RawDb => {
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('busy_timeout = 5000');
  return raw;
};

export const sqlDate = (d: Date) => d.toISOString().replace('Z', '+00:00');
const id = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(9, '0')}`;
const WORDS =
  'the council said harbour tide reading bridge market river night school budget weather team season city plan report data museum train'.split(
    ' ',
  );

/** A unique, harmless comment body (no links, no listed words, no shouting). */
export function commentBody(n: number): string {
  const words = Array.from({ length: 18 }, (_, i) => WORDS[(n * 7 + i * 13) % WORDS.length]);
  return `Comment ${n}: ${words.join(' ')}.`;
}

export function seedReaders(raw: RawDb, prefix: string, count: number): string[] {
  const now = sqlDate(new Date());
  const insert = raw.prepare(
    `INSERT INTO "User" (id, email, role, displayName, displayNameKey, createdAt, updatedAt, policyVersion, policyAcceptedAt) VALUES (?, ?, 'reader', ?, ?, ?, ?, ?, ?)`,
  );
  const ids = Array.from({ length: count }, (_, i) => id(`u${prefix}`, i));
  raw.transaction(() => {
    ids.forEach((userId, i) =>
      insert.run(
        userId,
        `${prefix}-${i}@bench.invalid`,
        `${prefix} reader ${i}`,
        `${prefix} reader ${i}`.toLowerCase(),
        now,
        now,
        POLICY_VERSION,
        now,
      ),
    );
  })();
  return ids;
}

const insertCommentSql = `INSERT INTO "Comment" (id, articleId, authorId, parentId, replyToId, body, status, reasons, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** `total` approved comments on one article: threads of one top-level comment and four replies. */
export function seedThread(raw: RawDb, articleId: string, authors: string[], total: number): void {
  const insert = raw.prepare(insertCommentSql);
  const start = Date.now() - total * 60_000;
  raw.transaction(() => {
    let parent = '';
    for (let i = 0; i < total; i++) {
      const commentId = id('cthread', i);
      const isTop = i % 5 === 0;
      if (isTop) parent = commentId;
      insert.run(
        commentId,
        articleId,
        authors[i % authors.length],
        isTop ? null : parent,
        isTop ? null : parent,
        commentBody(i),
        'approved',
        null,
        sqlDate(new Date(start + i * 60_000)),
      );
    }
  })();
}

/** `total` pending comments spread over articles and readers, each with a screening reason. */
export function seedQueue(raw: RawDb, articleIds: string[], authors: string[], total: number): void {
  const insert = raw.prepare(insertCommentSql);
  const reasons = JSON.stringify([
    { phase: 'suspect-words', decision: 'hold', rule: 'civility', detail: 'Contains "stupid".', span: [10, 16] },
  ]);
  const start = Date.now() - total * 1000;
  raw.transaction(() => {
    for (let i = 0; i < total; i++) {
      insert.run(
        id('cqueue', i),
        articleIds[i % articleIds.length],
        authors[i % authors.length],
        null,
        null,
        commentBody(i + 1_000_000),
        'pending',
        reasons,
        sqlDate(new Date(start + i * 1000)),
      );
    }
  })();
}

/** Screening that approves plain comments, limits far above the bench's rate, comments open. */
export function openCommentSettings(raw: RawDb): void {
  raw
    .prepare(
      `INSERT INTO "ModerationSettings" (id, mode, bannedWords, suspectWords, linkHoldMinApproved, newCommenterHoldCount, commentWindowDays, postsPer15Seconds, postsPerHour, updatedAt)
       VALUES (1, 'post', @banned, @suspect, 0, 0, 0, 1000000, 1000000, @now)
       ON CONFLICT(id) DO UPDATE SET mode = 'post', linkHoldMinApproved = 0, newCommenterHoldCount = 0, commentWindowDays = 0, postsPer15Seconds = 1000000, postsPerHour = 1000000, updatedAt = @now`,
    )
    .run({ banned: DEFAULT_BANNED_WORDS, suspect: DEFAULT_SUSPECT_WORDS, now: sqlDate(new Date()) });
}

/** Active daily subscribers: a third with no choice, a third with a section, a third with a topic. */
export function seedSubscribers(raw: RawDb, count: number): void {
  const sections = (raw.prepare(`SELECT slug FROM "Section" ORDER BY slug`).all() as { slug: string }[]).map(
    (r) => r.slug,
  );
  const topics = (raw.prepare(`SELECT slug FROM "Topic" ORDER BY slug`).all() as { slug: string }[]).map((r) => r.slug);
  const now = sqlDate(new Date());
  const insert = raw.prepare(
    `INSERT INTO "Subscriber" (id, emailKey, email, status, frequency, sections, topics, tokenVersion, bounceCount, confirmedAt, createdAt, updatedAt) VALUES (?, ?, ?, 'active', 'daily', ?, ?, 0, 0, ?, ?, ?)`,
  );
  raw.transaction(() => {
    for (let i = 0; i < count; i++) {
      const email = `reader${i}@bench.invalid`;
      const section = i % 3 === 1 && sections.length ? sections[i % sections.length]! : '';
      const topic = i % 3 === 2 && topics.length ? topics[i % topics.length]! : '';
      insert.run(
        id('sbench', i),
        crypto.createHash('sha256').update(email).digest('hex'),
        email,
        section,
        topic,
        now,
        now,
        now,
      );
    }
  })();
}

/** The digest's pool: the default 5 connections, the rate limit lifted so neither side is throttled. */
export function digestSendingSettings(raw: RawDb, maxConnections: number): void {
  raw
    .prepare(
      `INSERT INTO "NewsletterSettings" (id, isSchedulerEnabled, maxConnections, messagesPerSecond, updatedAt) VALUES (1, 0, @c, 1000000, @now)
       ON CONFLICT(id) DO UPDATE SET isSchedulerEnabled = 0, maxConnections = @c, messagesPerSecond = 1000000, updatedAt = @now`,
    )
    .run({ c: maxConnections, now: sqlDate(new Date()) });
}
