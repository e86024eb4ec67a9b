// Gmail, Outlook and Yahoo show no SVG (and Outlook no WebP/AVIF), so every imported image gets
// an email rendition: PNG for drawings, JPEG for photos, twice the width an email shows it at
// (sharp, which draws SVG with librsvg), flattened on white so no client's dark page shows
// through. Named like every medium: content hash and pixel size.
import crypto from 'node:crypto';
import sharp from 'sharp';
import { EMAIL_IMAGE_WIDTH } from './email-image';

export { EMAIL_IMAGE_WIDTH };

export type ImageSource = { name: string; mimeType: string; bytes: Buffer };
export type Rendition = { name: string; mimeType: 'image/png' | 'image/jpeg'; width: number; height: number; bytes: Buffer };

const DRAWINGS = new Set(['image/svg+xml', 'image/png', 'image/gif']);

export async function rasterizeForEmail(source: ImageSource): Promise<Rendition> {
  const target = EMAIL_IMAGE_WIDTH * 2;
  const isSvg = source.mimeType === 'image/svg+xml';
  let input = sharp(source.bytes, { animated: false });
  if (isSvg) {
    // Draw the vector at the size we keep, not at its nominal size and then scaled up.
    const { width = target } = await input.metadata();
    input = sharp(source.bytes, { density: Math.min(72 * (target / width), 2400) });
  }
  const sized = input.resize({ width: target, withoutEnlargement: !isSvg }).flatten({ background: '#ffffff' });
  const isDrawing = DRAWINGS.has(source.mimeType);
  const { data, info } = await (isDrawing ? sized.png({ compressionLevel: 9, palette: true, quality: 90 }) : sized.jpeg({ quality: 78, mozjpeg: true }))
    .toBuffer({ resolveWithObject: true });
  // The source's name goes into the hash too, so two sources that draw the same pixels still get
  // a rendition each (one row per source keeps the lookup and the backfill simple).
  const hash = crypto.createHash('sha256').update(source.name).update(data).digest('hex').slice(0, 16);
  const ext = isDrawing ? 'png' : 'jpg';
  return { name: `${hash}-${info.width}x${info.height}.${ext}`, mimeType: isDrawing ? 'image/png' : 'image/jpeg', width: info.width, height: info.height, bytes: data };
}
