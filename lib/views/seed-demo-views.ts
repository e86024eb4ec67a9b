// Demo traffic for a new laptop: only when content/demo-traffic.json exists and no view was ever
// recorded, so a real newsroom's numbers are never touched.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client';
import { hourOf } from './hour-of';

const fileSchema = z.object({ viewsPerArticle: z.record(z.string(), z.number().int().min(0).max(1_000_000)) });

export async function seedDemoViews(db: PrismaClient, contentDir: string, now = new Date()): Promise<number> {
  const file = path.join(contentDir, 'demo-traffic.json');
  if (!fs.existsSync(file) || (await db.articleViewHour.count()) > 0) return 0;
  const { viewsPerArticle } = fileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const articles = await db.article.findMany({
    where: { slug: { in: Object.keys(viewsPerArticle) } },
    select: { id: true, slug: true },
  });
  const hours = 48;
  const rows = articles.flatMap((a) => {
    const total = viewsPerArticle[a.slug]!;
    // Spread evenly over the last 48 hours, a little more in recent hours.
    return Array.from({ length: hours }, (_, i) => ({
      articleId: a.id,
      hour: hourOf(new Date(now.getTime() - i * 3600_000)),
      count: Math.max(1, Math.round(((total * 2) / hours) * (1 - i / (hours + 1)))),
    }));
  });
  await db.articleViewHour.createMany({ data: rows });
  return articles.length;
}
