// Reads and validates a content folder without touching the database. Every problem is reported
// as { file, field, message }; files with a problem are left out of the result.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { ZodType } from 'zod';
import { loadImage, type LoadedImage } from './load-image';
import { countWords, findInlineImages, markdownToPlainText, replaceImageSources } from './markdown';
import { articleFrontMatterSchema, videoFrontMatterSchema, type ArticleFrontMatter, type VideoFrontMatter } from './schema';
import { slugify } from './slugify';

export const MAX_CONTENT_FILE_BYTES = 512 * 1024;

export type ContentError = { file: string; field: string; message: string };

type Common = { slug: string; sourcePath: string; contentHash: string; images: LoadedImage[] };
export type ParsedArticle = Common & {
  data: ArticleFrontMatter;
  body: string;
  plainText: string;
  wordCount: number;
  hero: LoadedImage;
};
export type ParsedVideo = Common & { data: VideoFrontMatter; body: string; poster: LoadedImage };

export type ContentDir = { articles: ParsedArticle[]; videos: ParsedVideo[]; errors: ContentError[]; presentSlugs: { articles: Set<string>; videos: Set<string> } };

function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));
}

type Raw<T> = { file: string; data: T; body: string; hash: string };

function readFile<T>(file: string, schema: ZodType<T>, errors: ContentError[]): Raw<T> | undefined {
  const stat = fs.statSync(file);
  if (stat.size > MAX_CONTENT_FILE_BYTES) {
    errors.push({ file, field: '(file)', message: `is ${Math.round(stat.size / 1024)} KB; the limit is ${MAX_CONTENT_FILE_BYTES / 1024} KB` });
    return undefined;
  }
  const text = fs.readFileSync(file, 'utf8');
  if (!text.startsWith('---')) {
    errors.push({ file, field: '(front matter)', message: 'must start with a --- front matter block' });
    return undefined;
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object bypasses gray-matter's cache, which would hide edits in long runs.
    parsed = matter(text, {});
  } catch (err) {
    errors.push({ file, field: '(front matter)', message: `is not valid YAML: ${(err as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.join('.') || '(front matter)';
      const message = issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message;
      errors.push({ file, field: issue.code === 'unrecognized_keys' && issue.path.length === 0 ? '(front matter)' : field, message });
    }
    return undefined;
  }
  const hash = crypto.createHash('sha256').update(text).digest('hex');
  return { file, data: result.data, body: parsed.content.trim(), hash };
}

function loadImages(contentDir: string, file: string, field: string, sources: string[], errors: ContentError[]): LoadedImage[] | undefined {
  const images: LoadedImage[] = [];
  let ok = true;
  for (const src of sources) {
    const result = loadImage(contentDir, src);
    if (result.ok) images.push(result.image);
    else {
      ok = false;
      errors.push({ file, field, message: result.message });
    }
  }
  return ok ? images : undefined;
}

function checkDuplicates<T extends { slug: string; sourcePath: string }>(items: T[], errors: ContentError[]): T[] {
  const bySlug = new Map<string, T[]>();
  for (const item of items) bySlug.set(item.slug, [...(bySlug.get(item.slug) ?? []), item]);
  const dupes = new Set<T>();
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const item of group) {
      dupes.add(item);
      const others = group.filter((g) => g !== item).map((g) => g.sourcePath);
      errors.push({ file: item.sourcePath, field: 'slug', message: `"${slug}" is also used by ${others.join(', ')}` });
    }
  }
  return items.filter((i) => !dupes.has(i));
}

export function readContentDir(contentDir: string): ContentDir {
  const errors: ContentError[] = [];
  const articles: ParsedArticle[] = [];
  const videos: ParsedVideo[] = [];
  const presentSlugs = { articles: new Set<string>(), videos: new Set<string>() };

  for (const file of listMarkdown(path.join(contentDir, 'articles'))) {
    const raw = readFile(file, articleFrontMatterSchema, errors);
    const fallbackSlug = slugify(path.basename(file, '.md'));
    if (!raw) {
      presentSlugs.articles.add(fallbackSlug);
      continue;
    }
    const slug = raw.data.slug ?? slugify(raw.data.title);
    presentSlugs.articles.add(slug);
    if (!slug) {
      errors.push({ file, field: 'title', message: 'gives an empty slug; add a slug field' });
      continue;
    }
    if (raw.data.updatedAt && raw.data.updatedAt < raw.data.publishedAt) {
      errors.push({ file, field: 'updatedAt', message: 'must not be earlier than publishedAt' });
      continue;
    }
    if (!slugify(raw.data.section)) {
      errors.push({ file, field: 'section', message: 'must contain letters or digits' });
      continue;
    }
    const hero = loadImages(contentDir, file, 'image.src', [raw.data.image.src], errors);
    const inline = findInlineImages(raw.body);
    const figures = loadImages(contentDir, file, 'body (inline image)', inline.map((i) => i.src), errors);
    if (!hero || !figures) continue;
    const urlBySrc = new Map(inline.map((img, i) => [img.src, figures[i]!.url]));
    const body = replaceImageSources(raw.body, (src) => urlBySrc.get(src) ?? src);
    const plainText = markdownToPlainText(raw.body);
    articles.push({
      slug,
      sourcePath: file,
      contentHash: raw.hash,
      data: raw.data,
      body,
      plainText,
      wordCount: countWords(plainText),
      hero: hero[0]!,
      images: [hero[0]!, ...figures],
    });
  }

  for (const file of listMarkdown(path.join(contentDir, 'videos'))) {
    const raw = readFile(file, videoFrontMatterSchema, errors);
    const slug = raw ? (raw.data.slug ?? slugify(raw.data.title)) : slugify(path.basename(file, '.md'));
    presentSlugs.videos.add(slug);
    if (!raw) continue;
    const poster = loadImages(contentDir, file, 'poster.src', [raw.data.poster.src], errors);
    if (!poster) continue;
    const src = raw.data.src;
    if (src && !/^https:\/\//.test(src)) {
      errors.push({ file, field: 'src', message: 'must be an https:// embeddable URL (local video files are not served yet)' });
      continue;
    }
    videos.push({ slug, sourcePath: file, contentHash: raw.hash, data: { ...raw.data, src }, body: raw.body, poster: poster[0]!, images: poster });
  }

  return {
    articles: checkDuplicates(articles, errors),
    videos: checkDuplicates(videos, errors),
    errors,
    presentSlugs,
  };
}
