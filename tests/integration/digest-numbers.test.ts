// Honest digest numbers on a real database and a real SMTP server: story links counted in
// aggregate by a redirect that keeps nothing personal and never leaves our site, unsubscribes
// attributed to the digest whose link was used, and the stats the admin page shows.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Prisma } from '../../lib/generated/prisma/client';
import {
  addSubscribers,
  parse,
  rawHeader,
  setUpNewsletterWorld,
  startSmtp,
  TEST_ENV,
  saveTestSendingSettings,
  tearDownNewsletterWorld,
} from './newsletter-fixtures';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;
let digestId = '';
let storyIds: string[] = [];
const unsubscribeLinks = new Map<string, string>();

const SITE = TEST_ENV.SITE_URL;
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  vi.resetModules();
  await saveTestSendingSettings({ maxConnections: 2, bounceLimit: 3 });
  await addSubscribers(t.db, ['one@example.test', 'two@example.test', 'three@example.test', 'bounce@example.test']);
  const { runDigest } = await import('../../lib/newsletter/digest/run-digest');
  expect(await runDigest({ frequency: 'daily' })).toMatchObject({ status: 'sent', counts: { sent: 3, failed: 1 } });
  const digest = await t.db.digest.findFirstOrThrow({ where: { frequency: 'daily' } });
  digestId = digest.id;
  storyIds = JSON.parse(digest.articleIds) as string[];
  for (const r of smtp.received) unsubscribeLinks.set(r.to, rawHeader(r.raw, 'List-Unsubscribe')!.slice(1, -1));
});

afterAll(() => tearDownNewsletterWorld(smtp, t));

async function follow(digest: string, article: string, init: RequestInit & { query?: string } = {}) {
  const { GET, HEAD } = await import('../../app/newsletter/r/[digestId]/[articleId]/route');
  const handler = init.method === 'HEAD' ? HEAD : GET;
  const request = new Request(`${SITE}/newsletter/r/${digest}/${article}${init.query ?? ''}`, {
    headers: { 'user-agent': BROWSER },
    ...init,
  });
  return handler(request, { params: Promise.resolve({ digestId: digest, articleId: article }) });
}

const clicks = async (article: string) =>
  (await t.db.digestClick.findUnique({ where: { digestId_articleId: { digestId, articleId: article } } }))?.count ?? 0;

describe('the digest email', () => {
  it('links each story through the counter and carries the digest in its unsubscribe links', async () => {
    const mail = await parse(smtp.received.find((r) => r.to === 'one@example.test')!.raw);
    const html = String(mail.html);
    for (const id of storyIds) expect(html).toContain(`href="${SITE}/newsletter/r/${digestId}/${id}"`);
    expect(html).not.toMatch(/href="[^"]*\/articles\//);
    expect(mail.text).toContain(`${SITE}/newsletter/r/${digestId}/${storyIds[0]}`);
    expect(unsubscribeLinks.get('one@example.test')).toMatch(
      new RegExp(`^${SITE}/newsletter/unsubscribe\\?token=[\\w.-]+&d=${digestId}$`),
    );
    expect(html).toContain(`&amp;d=${digestId}`);
  });
});

describe('the click redirect', () => {
  it('counts a reader’s click and sends them to the story on our site', async () => {
    const [first] = storyIds;
    const article = await t.db.article.findUniqueOrThrow({ where: { id: first! } });
    for (let i = 0; i < 2; i++) {
      const response = await follow(digestId, first!);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`${SITE}/articles/${article.slug}`);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(await clicks(first!)).toBe(2);
  });

  it('lets bots, prefetches and HEAD requests through without counting them', async () => {
    const second = storyIds[1]!;
    const uncounted: RequestInit[] = [
      { headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } },
      { headers: { 'user-agent': BROWSER, 'sec-purpose': 'prefetch' } },
      { headers: {} },
      { method: 'HEAD' },
    ];
    for (const init of uncounted) expect((await follow(digestId, second, init)).status).toBe(302);
    expect(await clicks(second)).toBe(0);
  });

  it('counts every one of many first clicks at once (one creates the row, the rest add to it)', async () => {
    const last = storyIds.at(-1)!;
    expect(await clicks(last)).toBe(0);
    const answers = await Promise.all(Array.from({ length: 12 }, () => follow(digestId, last)));
    expect(answers.map((r) => r.status)).toEqual(Array(12).fill(302));
    expect(await clicks(last)).toBe(12);
    await t.db.digestClick.delete({ where: { digestId_articleId: { digestId, articleId: last } } });
  });

  it('refuses unknown ids and stories the digest did not carry, and never redirects elsewhere', async () => {
    const before = await t.db.digestClick.findMany();
    // A digest that carried only the first story: the second is not one of its links.
    const narrow = await t.db.digest.create({
      data: {
        frequency: 'weekly',
        slot: '2026-W02',
        periodStart: new Date(),
        periodEnd: new Date(),
        subject: 'n',
        articleIds: JSON.stringify([storyIds[0]]),
      },
    });
    for (const [d, a] of [
      ['cunknowndigest0000000', storyIds[0]!],
      [digestId, 'cunknownarticle000000'],
      [narrow.id, storyIds[1]!],
      [digestId, '..'],
      [digestId, 'https:%2F%2Fevil.example'],
    ])
      expect((await follow(d, a)).status).toBe(404);
    const response = await follow(digestId, storyIds[0]!, { query: '?url=https://evil.example/&next=//evil.example' });
    expect(new URL(response.headers.get('location')!).origin).toBe(SITE);
    expect(await t.db.digestClick.findMany()).toEqual(
      before.map((c) => (c.articleId === storyIds[0] ? { ...c, count: c.count + 1 } : c)),
    );
    await t.db.digest.delete({ where: { id: narrow.id } });
  });

  it('keeps only a count per digest and story: no subscriber, address, IP or time', () => {
    expect(Object.keys(Prisma.DigestClickScalarFieldEnum).sort()).toEqual(['articleId', 'count', 'digestId']);
  });
});

describe('unsubscribes through a digest', () => {
  const post = async (url: string) => {
    const { POST } = await import('../../app/newsletter/unsubscribe/route');
    return POST(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }));
  };
  const unsubscribes = async () => (await t.db.digest.findUniqueOrThrow({ where: { id: digestId } })).unsubscribes;

  it('counts a leave once for the digest whose link was used, and the confirm page keeps the digest', async () => {
    const link = unsubscribeLinks.get('one@example.test')!;
    const { GET } = await import('../../app/newsletter/unsubscribe/route');
    expect(await (await GET(new Request(link))).text()).toContain(`&amp;d=${digestId}"`);
    expect((await post(link)).status).toBe(200);
    expect((await post(link)).status).toBe(200); // again: idempotent, not counted twice
    expect(await unsubscribes()).toBe(1);
  });

  it('does not count a leave without the digest, or through a digest they were not sent', async () => {
    const two = unsubscribeLinks.get('two@example.test')!;
    expect((await post(two.replace(/&d=.*$/, ''))).status).toBe(200);
    const other = await t.db.digest.create({
      data: {
        frequency: 'weekly',
        slot: '2026-W01',
        periodStart: new Date(),
        periodEnd: new Date(),
        subject: 'x',
        articleIds: '[]',
      },
    });
    const three = unsubscribeLinks.get('three@example.test')!;
    expect((await post(three.replace(digestId, other.id))).status).toBe(200);
    expect(await unsubscribes()).toBe(1);
    expect((await t.db.digest.findUniqueOrThrow({ where: { id: other.id } })).unsubscribes).toBe(0);
    await t.db.digest.delete({ where: { id: other.id } });
  });
});

describe('digest stats', () => {
  it('reports each digest’s ledger, leaves and clicks per story', async () => {
    const { getDigestStats } = await import('../../lib/newsletter/digest/digest-stats');
    const [stats] = await getDigestStats();
    expect(stats).toMatchObject({
      id: digestId,
      recipients: 4,
      delivered: 3,
      deferred: 0,
      waiting: 0,
      failed: 1,
      unknown: 0,
      bounced: 0,
      complained: 0,
      unsubscribed: 1,
      clicks: 3,
    });
    expect(stats!.storyClicks.map((s) => s.articleId)).toEqual(storyIds);
    expect(stats!.storyClicks.map((s) => s.clicks)).toEqual(storyIds.map((_, i) => (i === 0 ? 3 : 0)));
  });

  it('tells deferred (retrying) from not yet tried, and newest digests come first', async () => {
    const { getDigestStats } = await import('../../lib/newsletter/digest/digest-stats');
    const subscribers = await t.db.subscriber.findMany({ orderBy: { id: 'asc' }, take: 4 });
    const digest = await t.db.digest.create({
      data: {
        frequency: 'weekly',
        slot: '2026-W49',
        periodStart: new Date(),
        periodEnd: new Date(),
        subject: 'w',
        articleIds: '[]',
        recipients: 4,
      },
    });
    const rows = [
      { status: 'queued', attempts: 2 },
      { status: 'queued', attempts: 0 },
      { status: 'sending', attempts: 1 },
      { status: 'unknown', attempts: 1 },
    ];
    await t.db.digestDelivery.createMany({
      data: rows.map((r, i) => ({ digestId: digest.id, subscriberId: subscribers[i]!.id, ...r })),
    });
    const [newest, older] = await getDigestStats();
    expect(newest).toMatchObject({ id: digest.id, delivered: 0, deferred: 1, waiting: 2, unknown: 1, clicks: 0 });
    expect(older!.id).toBe(digestId);
  });
});
