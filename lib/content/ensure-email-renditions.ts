// Runs at the end of every import: each image without an email rendition gets one. Unchanged
// content files are skipped by the importer, so this is also how databases imported before
// renditions existed get theirs (a backfill that finds nothing to do costs two name queries).
import type { PrismaClient } from '../generated/prisma/client';
import { rasterizeForEmail } from './raster-image';

export async function ensureEmailRenditions(db: PrismaClient): Promise<number> {
  const [sources, done] = await Promise.all([
    db.mediaAsset.findMany({ where: { sourceName: null }, select: { name: true } }),
    db.mediaAsset.findMany({ where: { sourceName: { not: null } }, select: { sourceName: true } }),
  ]);
  const hasRendition = new Set(done.map((d) => d.sourceName));
  let created = 0;
  for (const { name } of sources) {
    if (hasRendition.has(name)) continue;
    const source = await db.mediaAsset.findUniqueOrThrow({ where: { name }, select: { name: true, mimeType: true, bytes: true } });
    const r = await rasterizeForEmail({ ...source, bytes: Buffer.from(source.bytes) });
    await db.mediaAsset.upsert({
      where: { name: r.name },
      update: {},
      create: { name: r.name, mimeType: r.mimeType, width: r.width, height: r.height, bytes: new Uint8Array(r.bytes), sourceName: name },
    });
    created++;
  }
  return created;
}
