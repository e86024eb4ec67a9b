// Imports a content folder into the database, idempotent by slug: unchanged files (same content
// hash) are skipped, changed ones replaced, and stories whose file disappeared from this same
// folder are unpublished (not deleted) — a batch folder of new stories leaves the rest alone.
// `prune` unpublishes everything not in the folder instead. A bad file is reported and changes
// nothing; the good files still go in.
import type { PrismaClient } from '../generated/prisma/client';
import { contentFolderKey, contentFolderOfFile } from './content-folder';
import { readContentDir, type ContentError, type ParsedArticle, type ParsedVideo } from './read-content-dir';
import { rankRelated } from './related';
import { slugify, titleCase } from './slugify';
import type { LoadedImage } from './load-image';
import { ensureEmailRenditions } from './ensure-email-renditions';

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export type ImportResult = {
  errors: ContentError[];
  articles: { created: number; updated: number; unchanged: number; unpublished: number };
  videos: { created: number; updated: number; unchanged: number; unpublished: number };
  relatedUpdated: number;
  /** Email renditions (PNG/JPEG) made for images that had none (lib/content/ensure-email-renditions.ts). */
  renditionsCreated: number;
  /** Paths whose rendered pages are now stale (for cache revalidation). */
  changedPaths: string[];
};

export type UnpublishPlan = {
  /** The folder as stored (relative to the project when inside it). */
  folder: string;
  isPrune: boolean;
  articles: { slug: string; sourcePath: string }[];
  videos: { slug: string; sourcePath: string }[];
};

export type ImportOptions = {
  /** Unpublish every story not in this folder, wherever it came from. */
  prune?: boolean;
  /** Told what will be unpublished before anything is (only when something is). */
  onUnpublish?: (plan: UnpublishPlan) => void;
};

async function saveMedia(tx: Tx, images: LoadedImage[]) {
  for (const img of images) {
    await tx.mediaAsset.upsert({
      where: { name: img.name },
      update: {},
      create: { name: img.name, mimeType: img.mimeType, width: img.width, height: img.height, bytes: new Uint8Array(img.bytes) },
    });
  }
}

async function saveTopics(tx: Tx, names: string[]): Promise<string[]> {
  const slugs: string[] = [];
  for (const name of names) {
    const slug = slugify(name);
    if (!slug || slugs.includes(slug)) continue;
    await tx.topic.upsert({ where: { slug }, update: { name }, create: { slug, name } });
    slugs.push(slug);
  }
  return slugs;
}

async function saveArticle(tx: Tx, a: ParsedArticle, sourceDir: string): Promise<{ id: string; section: string; topics: string[] }> {
  await saveMedia(tx, a.images);
  const section = slugify(a.data.section);
  await tx.section.upsert({ where: { slug: section }, update: {}, create: { slug: section, name: titleCase(section) } });
  const topics = await saveTopics(tx, a.data.topics);
  const fields = {
    title: a.data.title,
    standfirst: a.data.standfirst,
    sectionSlug: section,
    byline: a.data.byline ?? null,
    source: a.data.source ?? null,
    publishedAt: a.data.publishedAt,
    updatedAt: a.data.updatedAt ?? null,
    body: a.body,
    plainText: a.plainText,
    wordCount: a.wordCount,
    heroSrc: a.hero.url,
    heroAlt: a.data.image.alt,
    heroCaption: a.data.image.caption,
    heroCredit: a.data.image.credit,
    heroWidth: a.hero.width,
    heroHeight: a.hero.height,
    commentsOpen: a.data.commentsOpen,
    isPublished: true,
    sourcePath: a.sourcePath,
    sourceDir,
    contentHash: a.contentHash,
    importedAt: new Date(),
  };
  const article = await tx.article.upsert({ where: { slug: a.slug }, update: fields, create: { slug: a.slug, ...fields } });
  await tx.articleTopic.deleteMany({ where: { articleId: article.id } });
  await tx.articleTopic.createMany({ data: topics.map((topicSlug, position) => ({ articleId: article.id, topicSlug, position })) });
  // The search index (FTS5 on SQLite, tsvector on PostgreSQL) takes the same SQL on both.
  await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE "articleId" = ${article.id}`;
  await tx.$executeRaw`INSERT INTO "ArticleSearch" ("articleId", "title", "standfirst", "body") VALUES (${article.id}, ${a.data.title}, ${a.data.standfirst}, ${a.plainText})`;
  return { id: article.id, section, topics };
}

async function saveVideo(tx: Tx, v: ParsedVideo, sourceDir: string) {
  await saveMedia(tx, v.images);
  const topics = await saveTopics(tx, v.data.topics);
  const fields = {
    title: v.data.title,
    publishedAt: v.data.publishedAt,
    durationSec: v.data.duration,
    posterSrc: v.poster.url,
    posterAlt: v.data.poster.alt,
    posterCaption: v.data.poster.caption,
    posterCredit: v.data.poster.credit,
    posterWidth: v.poster.width,
    posterHeight: v.poster.height,
    src: v.data.src ?? null,
    body: v.body,
    isPublished: true,
    sourcePath: v.sourcePath,
    sourceDir,
    contentHash: v.contentHash,
  };
  const video = await tx.video.upsert({ where: { slug: v.slug }, update: fields, create: { slug: v.slug, ...fields } });
  await tx.videoTopic.deleteMany({ where: { videoId: video.id } });
  await tx.videoTopic.createMany({ data: topics.map((topicSlug, position) => ({ videoId: video.id, topicSlug, position })) });
}

export async function importContent(db: PrismaClient, contentDir: string, options: ImportOptions = {}): Promise<ImportResult> {
  const dir = readContentDir(contentDir);
  const folder = contentFolderKey(contentDir);
  const paths = new Set<string>();
  const result: ImportResult = {
    errors: dir.errors,
    articles: { created: 0, updated: 0, unchanged: 0, unpublished: 0 },
    videos: { created: 0, updated: 0, unchanged: 0, unpublished: 0 },
    relatedUpdated: 0,
    renditionsCreated: 0,
    changedPaths: [],
  };
  // Ours to unpublish when missing: what this folder imported last, or anything with --prune.
  const isOurs = (row: { sourceDir: string | null; sourcePath: string }) => options.prune || (row.sourceDir ?? contentFolderOfFile(row.sourcePath)) === folder;

  const existing = await db.article.findMany({
    select: { id: true, slug: true, contentHash: true, isPublished: true, sourcePath: true, sourceDir: true, sectionSlug: true, topics: { select: { topicSlug: true } } },
  });
  const bySlug = new Map(existing.map((a) => [a.slug, a]));
  const touchArticle = (slug: string, section: string, topics: string[]) => {
    paths.add(`/articles/${slug}`);
    paths.add(`/sections/${section}`);
    for (const t of topics) paths.add(`/topics/${t}`);
  };

  for (const a of dir.articles) {
    const old = bySlug.get(a.slug);
    if (old && old.isPublished && old.contentHash === a.contentHash) {
      result.articles.unchanged++;
      // The same story now comes from here (or was imported before folders were kept).
      if (old.sourceDir !== folder) await db.article.update({ where: { id: old.id }, data: { sourceDir: folder, sourcePath: a.sourcePath } });
      continue;
    }
    const saved = await db.$transaction((tx) => saveArticle(tx, a, folder));
    result.articles[old ? 'updated' : 'created']++;
    touchArticle(a.slug, saved.section, saved.topics);
    if (old) touchArticle(old.slug, old.sectionSlug, old.topics.map((t) => t.topicSlug));
  }

  const existingVideos = await db.video.findMany({ select: { id: true, slug: true, contentHash: true, isPublished: true, sourcePath: true, sourceDir: true } });
  const videoBySlug = new Map(existingVideos.map((v) => [v.slug, v]));
  for (const v of dir.videos) {
    const old = videoBySlug.get(v.slug);
    if (old && old.isPublished && old.contentHash === v.contentHash) {
      result.videos.unchanged++;
      if (old.sourceDir !== folder) await db.video.update({ where: { id: old.id }, data: { sourceDir: folder, sourcePath: v.sourcePath } });
      continue;
    }
    await db.$transaction((tx) => saveVideo(tx, v, folder));
    result.videos[old ? 'updated' : 'created']++;
    paths.add(`/videos/${v.slug}`);
  }

  const goneArticles = existing.filter((a) => a.isPublished && !dir.presentSlugs.articles.has(a.slug) && isOurs(a));
  const goneVideos = existingVideos.filter((v) => v.isPublished && !dir.presentSlugs.videos.has(v.slug) && isOurs(v));
  if (goneArticles.length + goneVideos.length > 0) {
    const list = (rows: { slug: string; sourcePath: string }[]) => rows.map(({ slug, sourcePath }) => ({ slug, sourcePath }));
    options.onUnpublish?.({ folder, isPrune: Boolean(options.prune), articles: list(goneArticles), videos: list(goneVideos) });
  }
  for (const old of goneArticles) {
    await db.$transaction(async (tx) => {
      await tx.article.update({ where: { id: old.id }, data: { isPublished: false } });
      await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE "articleId" = ${old.id}`;
    });
    result.articles.unpublished++;
    touchArticle(old.slug, old.sectionSlug, old.topics.map((t) => t.topicSlug));
  }
  for (const old of goneVideos) {
    await db.video.update({ where: { id: old.id }, data: { isPublished: false } });
    result.videos.unpublished++;
    paths.add(`/videos/${old.slug}`);
  }

  const articlesChanged = result.articles.created + result.articles.updated + result.articles.unpublished > 0;
  if (articlesChanged) {
    const relatedChanged = await refreshRelated(db);
    for (const slug of relatedChanged) paths.add(`/articles/${slug}`);
    result.relatedUpdated = relatedChanged.length;
  }
  if (paths.size > 0) for (const p of ['/', '/feed.xml', '/sitemap.xml', '/videos']) paths.add(p);
  result.renditionsCreated = await ensureEmailRenditions(db);
  result.changedPaths = [...paths].sort();
  return result;
}

/** Recomputes "Read more" for every published article; returns the slugs whose list changed. */
export async function refreshRelated(db: PrismaClient): Promise<string[]> {
  const docs = await db.article.findMany({
    where: { isPublished: true },
    select: {
      id: true,
      slug: true,
      title: true,
      standfirst: true,
      plainText: true,
      sectionSlug: true,
      publishedAt: true,
      topics: { select: { topicSlug: true } },
      related: { select: { relatedId: true, rank: true }, orderBy: { rank: 'asc' } },
    },
  });
  const ranked = rankRelated(
    docs.map((d) => ({
      id: d.id,
      title: d.title,
      standfirst: d.standfirst,
      text: d.plainText,
      section: d.sectionSlug,
      topics: d.topics.map((t) => t.topicSlug),
      publishedAt: d.publishedAt,
    })),
  );
  const changed: string[] = [];
  for (const d of docs) {
    const picks = ranked.get(d.id) ?? [];
    const before = d.related.map((r) => r.relatedId).join(',');
    if (before === picks.map((p) => p.id).join(',')) continue;
    changed.push(d.slug);
    await db.$transaction([
      db.relatedArticle.deleteMany({ where: { articleId: d.id } }),
      db.relatedArticle.createMany({ data: picks.map((p, rank) => ({ articleId: d.id, relatedId: p.id, rank, score: p.score })) }),
    ]);
  }
  // Unpublished stories must not linger in anyone's list.
  await db.relatedArticle.deleteMany({ where: { OR: [{ article: { isPublished: false } }, { related: { isPublished: false } }] } });
  return changed;
}
