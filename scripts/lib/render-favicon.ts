import sharp from 'sharp';
import { encodeIco } from './encode-ico';

// 16 and 32 for tabs and bookmarks, 48 for Windows shortcuts.
export const FAVICON_SIZES = [16, 32, 48] as const;

/** favicon.ico drawn from the site's SVG icon, for the clients that ask for /favicon.ico. */
export async function renderFavicon(svg: Buffer): Promise<Buffer> {
  const images = await Promise.all(
    FAVICON_SIZES.map(async (size) => ({
      size,
      png: await sharp(svg, { density: 72 * 8 })
        .resize(size, size)
        .png({ compressionLevel: 9 })
        .toBuffer(),
    })),
  );
  return encodeIco(images);
}
