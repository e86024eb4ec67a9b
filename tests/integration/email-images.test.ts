// The digest's pictures as Gmail, Outlook and Yahoo will fetch them: raster media on SITE_URL with
// their size, served as PNG/JPEG by the media route; and databases imported before renditions
// existed get them on the next import.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
import { createTestDatabase } from '../helpers/test-database';
import {
  addSubscribers,
  parse,
  setUpNewsletterWorld,
  startSmtp,
  saveTestSendingSettings,
  tearDownNewsletterWorld,
} from './newsletter-fixtures';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  vi.resetModules();
  await saveTestSendingSettings({ maxConnections: 1, bounceLimit: 1 });
});

afterAll(() => tearDownNewsletterWorld(smtp, t));

describe('pictures in a sent digest', () => {
  it('are PNG/JPEG media on SITE_URL with width and height, served as raster images', async () => {
    await addSubscribers(t.db, ['pictures@example.test']);
    const { runDigest } = await import('../../lib/newsletter/digest/run-digest');
    expect(await runDigest({ frequency: 'daily' })).toMatchObject({ status: 'sent', counts: { sent: 1 } });
    const mail = await parse(smtp.received.at(-1)!.raw);
    const html = String(mail.html);
    const imgs = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
    expect(imgs.length).toBe(6);
    expect(html).not.toMatch(/\.svg\b/);

    const { GET } = await import('../../app/media/[name]/route');
    for (const img of imgs) {
      const src = /\ssrc="([^"]+)"/.exec(img)![1];
      const m = /^https:\/\/news\.example\.test\/media\/([0-9a-f]{16}-(\d+)x(\d+)\.(png|jpg))$/.exec(src);
      expect(m, src).not.toBeNull();
      const [, name, w, h] = m!;
      // Shown at 496 px wide (half the rendition), with the height that keeps its shape.
      expect(/\swidth="(\d+)"/.exec(img)?.[1]).toBe('496');
      expect(Number(/\sheight="(\d+)"/.exec(img)?.[1])).toBe(Math.round((496 * Number(h)) / Number(w)));
      const res = await GET(new Request(src), { params: Promise.resolve({ name }) });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^image\/(png|jpeg)$/);
      expect(
        Buffer.from(await res.arrayBuffer())
          .subarray(1, 4)
          .toString('latin1') === 'PNG' || name.endsWith('.jpg'),
      ).toBe(true);
    }
  });
});

describe('a database imported before email renditions existed', () => {
  it('gets them on the next import, though every file is unchanged', async () => {
    const fresh = await createTestDatabase();
    try {
      const dir = makeContentDir();
      writeArticle(dir, { slug: 'old-story' });
      await importContent(fresh.db, dir);
      const rendition = await fresh.db.mediaAsset.findFirst({ where: { sourceName: { not: null } } });
      expect(rendition?.mimeType).toBe('image/png');
      await fresh.db.mediaAsset.deleteMany({ where: { sourceName: { not: null } } });

      const result = await importContent(fresh.db, dir);
      expect(result.articles).toMatchObject({ unchanged: 1, updated: 0 });
      const again = await fresh.db.mediaAsset.findMany({ where: { sourceName: { not: null } } });
      expect(again.map((a) => a.name)).toEqual([rendition!.name]);
      // And a third import finds nothing to do.
      await importContent(fresh.db, dir);
      expect(await fresh.db.mediaAsset.count({ where: { sourceName: { not: null } } })).toBe(1);
    } finally {
      await fresh.cleanup();
    }
  });
});
