import { z } from 'zod';
import { db } from '../db';
import { fail, type Actor, type Result } from '../result';
import { getModerationSettings } from '../comments/comment-settings';
import { checkStaff } from './moderator-check';

const wordList = z
  .string()
  .max(20_000, 'Keep each word list under 20,000 characters.')
  .transform((v) => v.replace(/\r\n?/g, '\n').trim());
const count = (label: string, max: number) =>
  z.coerce
    .number({ message: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(0, `${label} cannot be negative.`)
    .max(max, `${label} can be at most ${max}.`);

export const settingsSchema = z.object({
  mode: z.enum(['post', 'pre'], { message: 'Choose post-moderation or pre-moderation.' }),
  bannedWords: wordList,
  suspectWords: wordList,
  linkHoldMinApproved: count('Approved comments before links are allowed', 1000),
  newCommenterHoldCount: count('Comments held for new commenters', 100),
  reportHoldThreshold: count('Reports before a comment is held', 1000).pipe(
    z.number().min(1, 'Reports before a comment is held must be at least 1.'),
  ),
  commentWindowDays: count('Days comments stay open', 3650),
  postsPer15Seconds: count('Comments per 15 seconds', 100).pipe(
    z.number().min(1, 'Comments per 15 seconds must be at least 1.'),
  ),
  postsPerHour: count('Comments per hour', 10_000).pipe(z.number().min(1, 'Comments per hour must be at least 1.')),
  // Optional so a form or script that predates it leaves it as it is.
  reportAlertThreshold: count('Reports before moderators are emailed', 1000).optional(),
});

export type SettingsInput = z.input<typeof settingsSchema>;

/** Admins only; the audit log keeps what changed. */
export async function updateModerationSettings(actor: Actor, input: Record<string, unknown>): Promise<Result> {
  const denied = checkStaff(actor, 'admin');
  if (denied) return denied;
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return fail('invalid', parsed.error.issues[0]!.message);
  const before = await getModerationSettings();
  const changed = Object.fromEntries(
    Object.entries(parsed.data).filter(([k, v]) => v !== undefined && before[k as keyof typeof before] !== v),
  );
  await db.$transaction([
    db.moderationSettings.update({ where: { id: 1 }, data: parsed.data }),
    db.moderationAction.create({
      data: {
        actorId: actor!.id,
        action: 'settings',
        note: `Changed: ${Object.keys(changed).join(', ') || 'nothing'}`,
        details: changed,
      },
    }),
  ]);
  return { ok: true };
}
