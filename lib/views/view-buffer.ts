// Page views are added up in memory and written in one batch every few seconds, so a view costs
// the reader nothing. A crash loses at most one interval of counts (docs/0004-most-read.md).
import { db } from '../db';
import { isPostgres } from '../env';
import { hourOf } from './hour-of';

const FLUSH_MS = 5000;

type State = { pending: Map<string, number>; timer?: NodeJS.Timeout; flushing?: Promise<void> };
const globalForViews = globalThis as unknown as { dispatchViews?: State };
const state: State = (globalForViews.dispatchViews ??= { pending: new Map() });

export function addView(articleSlug: string, at = new Date()): void {
  const key = `${articleSlug}|${hourOf(at).toISOString()}`;
  state.pending.set(key, (state.pending.get(key) ?? 0) + 1);
  scheduleFlush();
}

function scheduleFlush(): void {
  state.timer ??= setTimeout(() => {
    flushViews().catch((err) => console.error('Saving page views failed; they will be retried', err));
  }, FLUSH_MS);
}

export async function flushViews(): Promise<void> {
  clearTimeout(state.timer);
  state.timer = undefined;
  if (state.pending.size === 0) return;
  const batch = state.pending;
  state.pending = new Map();
  const rows = [...batch].map(([key, count]) => {
    const [slug, hour] = key.split('|') as [string, string];
    return { slug, hour: new Date(hour), count };
  });
  const articles = await db.article.findMany({
    where: { slug: { in: [...new Set(rows.map((r) => r.slug))] } },
    select: { id: true, slug: true },
  });
  const idBySlug = new Map(articles.map((a) => [a.slug, a.id]));
  const pg = isPostgres();
  try {
    await writeRows(rows, idBySlug, pg);
  } catch (err) {
    for (const [key, count] of batch) state.pending.set(key, (state.pending.get(key) ?? 0) + count);
    scheduleFlush();
    throw err;
  }
}

async function writeRows(
  rows: { slug: string; hour: Date; count: number }[],
  idBySlug: Map<string, string>,
  pg: boolean,
) {
  await db.$transaction(
    rows
      .filter((r) => idBySlug.has(r.slug))
      .map((r) => {
        const id = idBySlug.get(r.slug)!;
        return pg
          ? db.$executeRaw`INSERT INTO "ArticleViewHour" ("articleId", "hour", "count") VALUES (${id}, ${r.hour}, ${r.count})
              ON CONFLICT ("articleId", "hour") DO UPDATE SET "count" = "ArticleViewHour"."count" + EXCLUDED."count"`
          : db.articleViewHour.upsert({
              where: { articleId_hour: { articleId: id, hour: r.hour } },
              create: { articleId: id, hour: r.hour, count: r.count },
              update: { count: { increment: r.count } },
            });
      }),
  );
}
