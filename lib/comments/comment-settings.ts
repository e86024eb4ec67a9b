import { db } from '../db';
import { retryOnUniqueRace } from '../db-unique-race';
import { DEFAULT_BANNED_WORDS, DEFAULT_SUSPECT_WORDS } from '../moderation/default-word-lists';

export { EDIT_WINDOW_MS, MAX_COMMENT_LENGTH, MIN_COMMENT_LENGTH } from './comment-limits';

export type ModerationSettingsRow = Awaited<ReturnType<typeof getModerationSettings>>;

/** The single settings row, created with safe defaults on first use. */
export async function getModerationSettings() {
  // Read first: an upsert is a write, and every comment post asks for the settings.
  const existing = await db.moderationSettings.findUnique({ where: { id: 1 } });
  return (
    existing ??
    retryOnUniqueRace(() =>
      db.moderationSettings.upsert({
        where: { id: 1 },
        update: {},
        create: { id: 1, bannedWords: DEFAULT_BANNED_WORDS, suspectWords: DEFAULT_SUSPECT_WORDS },
      }),
    )
  );
}

export function commentsClosedReason(
  article: { commentsOpen: boolean; publishedAt: Date },
  windowDays: number,
  now = new Date(),
): string | null {
  if (!article.commentsOpen) return 'Comments are closed on this article.';
  const closesAt = article.publishedAt.getTime() + windowDays * 24 * 3600 * 1000;
  if (windowDays > 0 && now.getTime() > closesAt) return `Comments closed ${windowDays} days after publication.`;
  return null;
}
