import { z } from 'zod';
import { db } from '../db';
import { fail, type Actor, type Result } from '../result';
import { checkStaff } from './moderator-check';

const schema = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,80}$/, 'Give the article’s slug, as in its address: /articles/<slug>.'),
  mode: z.enum(['default', 'pre', 'post'], { message: 'Choose a moderation mode.' }),
});

/** Overrides the site-wide moderation mode for one article (a heated story can go pre-moderated). */
export async function setArticleModerationMode(
  actor: Actor,
  input: { slug?: unknown; mode?: unknown },
): Promise<Result> {
  const denied = checkStaff(actor);
  if (denied) return denied;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail('invalid', parsed.error.issues[0]!.message);
  const article = await db.article.findUnique({ where: { slug: parsed.data.slug }, select: { id: true } });
  if (!article) return fail('not-found', `No article has the slug “${parsed.data.slug}”.`);
  const mode = parsed.data.mode === 'default' ? null : parsed.data.mode;
  await db.$transaction([
    db.article.update({ where: { id: article.id }, data: { moderationMode: mode } }),
    db.moderationAction.create({
      data: { actorId: actor!.id, action: 'article-mode', note: `${parsed.data.slug}: ${mode ?? 'site default'}` },
    }),
  ]);
  return { ok: true };
}
