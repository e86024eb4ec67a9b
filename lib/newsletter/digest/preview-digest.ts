// What the next digest would be, without writing anything: for `npm run digest -- --dry-run`
// and the admin page's preview for one subscriber.
import { createElement } from 'react';
import DigestEmail from '../../../emails/DigestEmail';
import { db } from '../../db';
import { renderEmail } from '../../mail/render-email';
import { digestSubject, findDigestForSlot } from './create-digest';
import { buildDigestProps, pickFor } from './digest-content';
import { pickKey } from './digest-ranking';
import { PERIOD_MS, slotFor, type Frequency } from './digest-schedule';
import { loadDigestArticles, loadRankedArticleIds } from './load-digest-stories';
import { listNewsletterChoices } from '../subscription/newsletter-choices';
import { getNewsletterSettings } from '../newsletter-settings';
import { preferencesUrl, unsubscribeUrl } from '../newsletter-urls';

async function nextDigestDraft(frequency: Frequency, now: Date) {
  const settings = await getNewsletterSettings();
  const previous = await db.digest.findFirst({
    where: { frequency },
    orderBy: { periodEnd: 'desc' },
    select: { periodEnd: true },
  });
  const periodStart = previous?.periodEnd ?? new Date(now.getTime() - PERIOD_MS[frequency]);
  const articles = await loadDigestArticles(
    await loadRankedArticleIds(periodStart, now, frequency === 'daily' ? 24 : 72),
  );
  return { settings, periodStart, articles, digest: { id: 'preview', frequency, periodEnd: now } };
}

export async function dryRunDigest(frequency: Frequency, now = new Date()) {
  const { settings, periodStart, articles } = await nextDigestDraft(frequency, now);
  const existing = await findDigestForSlot(frequency, now, settings);
  const subscribers = await db.subscriber.findMany({
    where: { status: 'active', frequency },
    select: { sections: true, topics: true },
  });
  const sets = new Set(subscribers.map((s) => pickKey(pickFor(articles, s))));
  return {
    slot: slotFor(frequency, now, settings),
    existing: existing ? { id: existing.id, status: existing.status } : null,
    periodStart,
    subject: digestSubject(frequency, now, settings.timeZone),
    recipients: subscribers.length,
    storySets: sets.size,
    topStories: articles.slice(0, 10).map((a) => a.title),
  };
}

/** The next digest as one subscriber would get it, rendered to HTML; null for an unknown address. */
export async function previewDigestFor(subscriberId: string, now = new Date()) {
  const sub = await db.subscriber.findUnique({ where: { id: subscriberId } });
  if (!sub || !sub.email) return null;
  const frequency = sub.frequency === 'weekly' ? 'weekly' : 'daily';
  const { settings, articles, digest } = await nextDigestDraft(frequency, now);
  const props = buildDigestProps(
    digest,
    articles,
    sub,
    await listNewsletterChoices(),
    { preferencesUrl: preferencesUrl(sub), unsubscribeUrl: unsubscribeUrl(sub) },
    settings.timeZone,
  );
  const { html } = await renderEmail(createElement(DigestEmail, props));
  return { email: sub.email, frequency, subject: digestSubject(frequency, now, settings.timeZone), html };
}
