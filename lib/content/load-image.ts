// Resolves an image path from front matter or Markdown to a file inside the content folder (or
// public/), reads it and names it by content hash and size. Anything outside those folders,
// missing, too large or an SVG with active content is refused with a sentence saying why.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { mediaUrl } from './media-url';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

export type LoadedImage = { name: string; url: string; mimeType: string; width: number; height: number; bytes: Buffer };

export type ImageResult = { ok: true; image: LoadedImage } | { ok: false; message: string };

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export function resolveImagePath(contentDir: string, src: string): { ok: true; file: string } | { ok: false; message: string } {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return { ok: false, message: `must be a file in the content folder, not a URL (${src})` };
  if (src.includes('\0')) return { ok: false, message: 'contains a NUL character' };
  const publicDir = path.resolve('public');
  const [base, rel] = src.startsWith('/') ? [publicDir, src.slice(1)] : [path.resolve(contentDir), src];
  const file = path.resolve(base, rel);
  if (!isInside(base, file)) return { ok: false, message: `points outside the ${src.startsWith('/') ? 'public' : 'content'} folder (${src})` };
  return { ok: true, file };
}

export function loadImage(contentDir: string, src: string): ImageResult {
  const resolved = resolveImagePath(contentDir, src);
  if (!resolved.ok) return resolved;
  const ext = path.extname(resolved.file).toLowerCase();
  const mimeType = MIME[ext];
  if (!mimeType) return { ok: false, message: `has an unsupported type "${ext || '(none)'}" (use ${Object.keys(MIME).join(', ')})` };
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved.file);
  } catch {
    return { ok: false, message: `file not found: ${src}` };
  }
  if (!stat.isFile()) return { ok: false, message: `is not a file: ${src}` };
  if (stat.size > MAX_IMAGE_BYTES) return { ok: false, message: `is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB: ${src}` };
  const bytes = fs.readFileSync(resolved.file);
  if (ext === '.svg' && /<script|<foreignObject|\bon[a-z]+\s*=|javascript:/i.test(bytes.toString('utf8'))) {
    return { ok: false, message: `is an SVG with scripts or event handlers, which are not allowed: ${src}` };
  }
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, message: `is not a readable image: ${src}` };
  }
  if (!size.width || !size.height) return { ok: false, message: `has no width and height: ${src}` };
  const hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  // Width and height travel in the name so pages can reserve space without a lookup.
  const name = `${hash}-${size.width}x${size.height}${ext === '.jpeg' ? '.jpg' : ext}`;
  return { ok: true, image: { name, url: mediaUrl(name), mimeType, width: size.width, height: size.height, bytes } };
}
