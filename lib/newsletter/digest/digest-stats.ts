// Honest numbers per digest for /admin/newsletter: what the delivery ledger knows, how many left
// through the digest's own unsubscribe link, and clicks per story counted in aggregate by the
// redirect (no opens, no per-person history: docs/0020-digest-numbers.md).
import 'server-only';
import { db } from '../../db';

export type StoryClicks = { articleId: string; slug: string | null; title: string; clicks: number };

export type DigestStats = {
  id: string;
  frequency: string;
  slot: string;
  subject: string;
  status: string;
  periodStart: Date;
  periodEnd: Date;
  startedAt: Date;
  finishedAt: Date | null;
  recipients: number;
  /** Accepted by our SMTP server. */
  delivered: number;
  /** Refused for now (4xx): queued again with a later attempt. */
  deferred: number;
  /** Not tried yet, or being handed over right now. */
  waiting: number;
  /** Refused by our SMTP server (5xx), or out of retries. */
  failed: number;
  /** The sender died between end-of-data and the reply: not resent (docs/0006). */
  unknown: number;
  /** Left, suspended or changed before their turn. */
  skipped: number;
  /** Reported later by the receiving side (DSN or provider webhook, docs/0016): DigestDelivery.bouncedAt. */
  bounced: number;
  /** Marked as spam by the reader (ARF or provider webhook): DigestDelivery.complainedAt. */
  complained: number;
  unsubscribed: number;
  clicks: number;
  /** Every story the digest carried, in its ranked order, with 0 for those nobody clicked. */
  storyClicks: StoryClicks[];
};

type LedgerCounts = Map<string, Record<string, number>>;

async function countLedger(digestIds: string[]): Promise<LedgerCounts> {
  const [byStatus, retrying, bounced, complained] = await Promise.all([
    db.digestDelivery.groupBy({
      by: ['digestId', 'status'],
      where: { digestId: { in: digestIds } },
      _count: { _all: true },
    }),
    db.digestDelivery.groupBy({
      by: ['digestId'],
      where: { digestId: { in: digestIds }, status: 'queued', attempts: { gt: 0 } },
      _count: { _all: true },
    }),
    db.digestDelivery.groupBy({
      by: ['digestId'],
      where: { digestId: { in: digestIds }, bouncedAt: { not: null } },
      _count: { _all: true },
    }),
    db.digestDelivery.groupBy({
      by: ['digestId'],
      where: { digestId: { in: digestIds }, complainedAt: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const counts: LedgerCounts = new Map(digestIds.map((id) => [id, {}]));
  for (const row of byStatus) counts.get(row.digestId)![row.status] = row._count._all;
  for (const row of retrying) counts.get(row.digestId)!.retrying = row._count._all;
  for (const row of bounced) counts.get(row.digestId)!.bounced = row._count._all;
  for (const row of complained) counts.get(row.digestId)!.complained = row._count._all;
  return counts;
}

/** The last `limit` digests, newest first. */
export async function getDigestStats(limit = 30): Promise<DigestStats[]> {
  const digests = await db.digest.findMany({ orderBy: { startedAt: 'desc' }, take: limit });
  if (digests.length === 0) return [];
  const ids = digests.map((d) => d.id);
  const storyIds = new Map(digests.map((d) => [d.id, JSON.parse(d.articleIds) as string[]]));
  const [ledger, clickRows, articles] = await Promise.all([
    countLedger(ids),
    db.digestClick.findMany({ where: { digestId: { in: ids } } }),
    db.article.findMany({
      where: { id: { in: [...new Set([...storyIds.values()].flat())] } },
      select: { id: true, slug: true, title: true },
    }),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const clicksOf = new Map(clickRows.map((c) => [`${c.digestId} ${c.articleId}`, c.count]));
  return digests.map((d) => {
    const n = ledger.get(d.id)!;
    const storyClicks = storyIds.get(d.id)!.map((articleId) => ({
      articleId,
      slug: articleById.get(articleId)?.slug ?? null,
      title: articleById.get(articleId)?.title ?? 'A story no longer on the site',
      clicks: clicksOf.get(`${d.id} ${articleId}`) ?? 0,
    }));
    const deferred = n.retrying ?? 0;
    return {
      id: d.id,
      frequency: d.frequency,
      slot: d.slot,
      subject: d.subject,
      status: d.status,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      startedAt: d.startedAt,
      finishedAt: d.finishedAt,
      recipients: d.recipients,
      delivered: n.sent ?? 0,
      deferred,
      waiting: (n.queued ?? 0) - deferred + (n.sending ?? 0) + (n.delivering ?? 0),
      failed: n.failed ?? 0,
      unknown: n.unknown ?? 0,
      skipped: n.skipped ?? 0,
      bounced: n.bounced ?? 0,
      complained: n.complained ?? 0,
      unsubscribed: d.unsubscribes,
      clicks: storyClicks.reduce((sum, s) => sum + s.clicks, 0),
      storyClicks,
    };
  });
}
