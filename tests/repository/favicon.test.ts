// /favicon.ico is served from the committed app/favicon.ico (browsers ask for it whatever the
// page links, and a 404 there is a console error). It must be the current icon, redrawn.
import fs from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readIco } from '@/scripts/lib/encode-ico';
import { FAVICON_SIZES, renderFavicon } from '@/scripts/lib/render-favicon';

describe('app/favicon.ico', () => {
  const ico = fs.readFileSync('app/favicon.ico');

  it('holds a PNG of each size', async () => {
    const images = readIco(ico);
    expect(images.map((i) => i.size)).toEqual([...FAVICON_SIZES]);
    for (const { size, png } of images) {
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
    }
  });

  it('is app/icon.svg as it is now (run `npm run icons` after changing the icon)', async () => {
    expect((await renderFavicon(fs.readFileSync('app/icon.svg'))).equals(ico)).toBe(true);
  });
});
