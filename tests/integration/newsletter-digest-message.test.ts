// Each digest copy is spliced from one template per story set (docs/0018): a real SMTP server
// receives the copies, mailparser reads them back, and each must be exactly the rendered digest
// with its own reader's links — nobody else's — in the body and the headers.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { importContent } from '../../lib/content/import-content';
import { makeContentDir, writeArticle } from '../helpers/content-fixture';
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
const TITLE = 'Zürich café owners fear a «naïve» plan — 東京 shows another way';

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  const dir = makeContentDir();
  writeArticle(dir, {
    slug: 'zurich-cafes',
    title: `"${TITLE}"`,
    section: 'science',
    topics: ['Space'],
    publishedAt: new Date(Date.now() - 1800_000).toISOString(),
  });
  await importContent(t.db, dir);
  vi.resetModules();
  await saveTestSendingSettings({ maxConnections: 2, bounceLimit: 1 });
});

afterAll(() => tearDownNewsletterWorld(smtp, t));

it("gives each reader a message that parses to the rendered digest with only that reader's links and headers", async () => {
  await addSubscribers(t.db, ['ann@example.test']);
  await addSubscribers(t.db, ['bob@example.test'], { sections: 'science' });
  const { runDigest } = await import('../../lib/newsletter/digest/run-digest');
  const { newsletterSecret } = await import('../../lib/newsletter/subscription/email-key');
  const { verifyToken } = await import('../../lib/newsletter/subscription/subscriber-tokens');
  const { createDigestRenderer } = await import('../../lib/newsletter/digest/render-digest');
  const { loadDigestArticles } = await import('../../lib/newsletter/digest/load-digest-stories');
  const { listNewsletterChoices } = await import('../../lib/newsletter/subscription/newsletter-choices');

  const summary = await runDigest({ frequency: 'daily' });
  expect(summary).toMatchObject({ status: 'sent', counts: { sent: 2 } });
  if (summary.status !== 'sent') return;
  expect(summary.distinctRenders).toBe(2);
  expect(smtp.received.map((r) => r.to).sort()).toEqual(['ann@example.test', 'bob@example.test']);

  const digest = await t.db.digest.findUniqueOrThrow({ where: { id: summary.digestId } });
  const articles = await loadDigestArticles(JSON.parse(digest.articleIds) as string[]);
  const renderer = createDigestRenderer(digest, articles, await listNewsletterChoices(), 'UTC');
  const subscribers = await t.db.subscriber.findMany({
    where: { email: { in: ['ann@example.test', 'bob@example.test'] } },
  });
  const tokensOf = (s: string) => [...s.matchAll(/newsletter\/(preferences|unsubscribe)\?token=([\w.-]+)/g)];
  const seenTokens: string[] = [];

  for (const { to, raw } of smtp.received) {
    const reader = subscribers.find((s) => s.email === to)!;
    const mail = await parse(raw);
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(to);
    expect(mail.subject).toBe(digest.subject);
    expect(mail.headers.get('list')).toMatchObject({
      id: { id: 'daily.newsletter.news.example.test' },
      'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' },
    });
    const ledgerRow = await t.db.digestDelivery.findFirstOrThrow({ where: { subscriberId: reader.id } });
    expect(mail.headers.get('x-entity-ref-id')).toBe(ledgerRow.id);

    // Every link with a token, in the header, the HTML and the text, is this reader's own.
    const header = (mail.headers.get('list') as { unsubscribe: { url: string } }).unsubscribe.url;
    const found = [...tokensOf(header), ...tokensOf(mail.html as string), ...tokensOf(mail.text ?? '')];
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const [, purpose, token] of found) {
      const check = verifyToken(newsletterSecret(), purpose as 'preferences' | 'unsubscribe', token!);
      expect(check).toMatchObject({ ok: true, subscriberId: reader.id });
      seenTokens.push(token!);
    }
    const own = (purpose: string) => found.find(([, p]) => p === purpose)![0];
    const links = {
      preferencesUrl: `https://news.example.test/${own('preferences')}`,
      // Digest unsubscribe links name the digest, so a leave through them is counted (docs/0020).
      unsubscribeUrl: `https://news.example.test/${own('unsubscribe')}&d=${ledgerRow.digestId}`,
    };
    expect(header).toBe(links.unsubscribeUrl);

    // The rest of both parts is exactly what React rendered for this reader's story set.
    const expected = await renderer.personalised(reader, links);
    expect(mail.html).toBe(expected.html);
    expect(mail.text).toBe(expected.text);
    // Non-ASCII survives quoted-printable and the splice, in both parts and the subject.
    expect(mail.text).toContain(TITLE);
    expect(mail.text).toContain(reader.sections === 'science' ? '· Stories in Science' : '· Top stories');
  }
  // Two readers, two sets of tokens: nothing crossed over.
  const [ann, bob] = ['ann@example.test', 'bob@example.test'].map((e) => subscribers.find((s) => s.email === e)!.id);
  expect(seenTokens.some((tk) => Buffer.from(tk.split('.')[0]!, 'base64url').toString().startsWith(ann!))).toBe(true);
  expect(seenTokens.some((tk) => Buffer.from(tk.split('.')[0]!, 'base64url').toString().startsWith(bob!))).toBe(true);
}, 120_000);
