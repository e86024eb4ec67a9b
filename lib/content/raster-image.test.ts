import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { EMAIL_IMAGE_WIDTH, rasterizeForEmail } from './raster-image';

const svg = (w: number, h: number) =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><circle cx="${w / 2}" cy="${h / 2}" r="${h / 3}" fill="#369"/></svg>`);

describe('rasterizeForEmail', () => {
  it('draws an SVG as a PNG twice the email width, on white, named by hash and size', async () => {
    const out = await rasterizeForEmail({ name: 'aaaaaaaaaaaaaaaa-120x60.svg', mimeType: 'image/svg+xml', bytes: svg(120, 60) });
    expect(out.mimeType).toBe('image/png');
    expect([out.width, out.height]).toEqual([EMAIL_IMAGE_WIDTH * 2, EMAIL_IMAGE_WIDTH]);
    expect(out.name).toMatch(new RegExp(`^[0-9a-f]{16}-${out.width}x${out.height}\\.png$`));
    const meta = await sharp(out.bytes).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['png', out.width, out.height, false]);
    // Same input, same bytes, same name: a re-import changes nothing.
    expect((await rasterizeForEmail({ name: 'aaaaaaaaaaaaaaaa-120x60.svg', mimeType: 'image/svg+xml', bytes: svg(120, 60) })).name).toBe(out.name);
  });

  it('makes a photo a JPEG, shrunk to twice the email width but never enlarged', async () => {
    const big = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#884422' } }).jpeg().toBuffer();
    const out = await rasterizeForEmail({ name: 'b-3000x2000.jpg', mimeType: 'image/jpeg', bytes: big });
    expect([out.mimeType, out.width, out.height]).toEqual(['image/jpeg', EMAIL_IMAGE_WIDTH * 2, Math.round((EMAIL_IMAGE_WIDTH * 2 * 2000) / 3000)]);
    expect(out.name.endsWith('.jpg')).toBe(true);
    const small = await sharp({ create: { width: 400, height: 300, channels: 4, background: '#88442280' } }).webp().toBuffer();
    const kept = await rasterizeForEmail({ name: 'c-400x300.webp', mimeType: 'image/webp', bytes: small });
    expect([kept.mimeType, kept.width, kept.height]).toEqual(['image/jpeg', 400, 300]);
  });

  it('keeps an email picture small', async () => {
    const out = await rasterizeForEmail({ name: 'd-1200x675.svg', mimeType: 'image/svg+xml', bytes: svg(1200, 675) });
    expect(out.bytes.length).toBeLessThan(60_000);
  });
});
