// The moderation queue at 100,000 pending comments: the first page and a page ~50 pages deep
// (reached by following nextCursor), through listQueue against the equivalent raw keyset SELECT.
import type { BenchOptions } from './options';
import { ratioOf, type Figure } from './results';
import type { RawDb } from './seed';
import { timeSerial } from './timing';

const QUEUE_TARGET_MS = 100;

export async function benchQueue(raw: RawDb, o: BenchOptions): Promise<Figure[]> {
  const { listQueue, QUEUE_PAGE_SIZE } = await import('../lib/moderation/list-queue');
  let cursor: string | undefined;
  for (let page = 1; page < o.queueDepthPages; page++) {
    cursor = (await listQueue('pending', { cursor })).nextCursor;
    if (!cursor) throw new Error(`the pending queue ended after ${page} pages`);
  }
  const [, at, id] = /^(.+)_([a-z0-9]+)$/.exec(cursor!)!;
  const after = { at: at!.replace('Z', '+00:00'), id: id! };

  // One query: the page's comments with article and author, on the same keyset (no reports
  // list or author history, which listQueue adds with further queries).
  const columns = `c.id, c.body, c.status, c.reasons, c.isFeatured, c.reportCount, c.rejectRule, c.createdAt, c.editedAt, a.slug, a.title, u.id AS authorId, u.displayName, u.createdAt AS authorSince, u.suspendedUntil, u.bannedAt
     FROM "Comment" c JOIN "Article" a ON a.id = c.articleId LEFT JOIN "User" u ON u.id = c.authorId`;
  const first = raw.prepare(
    `SELECT ${columns} WHERE c.status = 'pending' AND c.isDeleted = 0 ORDER BY c.createdAt DESC, c.id DESC LIMIT ?`,
  );
  const deep = raw.prepare(
    `SELECT ${columns} WHERE c.status = 'pending' AND c.isDeleted = 0 AND (c.createdAt < @at OR (c.createdAt = @at AND c.id < @id)) ORDER BY c.createdAt DESC, c.id DESC LIMIT @limit`,
  );
  const check = deep.all({ ...after, limit: QUEUE_PAGE_SIZE + 1 }) as { id: string }[];
  const viaLib = (await listQueue('pending', { cursor })).items;
  if (check[0]?.id !== viaLib[0]?.id)
    throw new Error(`raw deep page starts at ${check[0]?.id}, listQueue at ${viaLib[0]?.id}`);

  const limits = { iterations: o.iterations, seconds: o.iterationSeconds };
  const cases = [
    {
      id: 'queue-first',
      title: `Moderation queue, first page (${o.queueComments.toLocaleString('en')} pending)`,
      lib: () => listQueue('pending'),
      sql: () => first.all(QUEUE_PAGE_SIZE + 1),
    },
    {
      id: 'queue-deep',
      title: `Moderation queue, page ${o.queueDepthPages} by keyset cursor`,
      lib: () => listQueue('pending', { cursor }),
      sql: () => deep.all({ ...after, limit: QUEUE_PAGE_SIZE + 1 }),
    },
  ];
  const figures: Figure[] = [];
  for (const c of cases) {
    const baseline = await timeSerial('raw keyset SELECT with joins', c.sql, limits);
    const subject = await timeSerial('listQueue', c.lib, limits);
    figures.push({
      id: c.id,
      title: c.title,
      subject,
      baseline,
      ratio: ratioOf(subject, baseline),
      target: { text: `p99 < ${QUEUE_TARGET_MS} ms`, isMet: (subject.p99Ms ?? Infinity) < QUEUE_TARGET_MS },
      notes: ['in-process, one call at a time; listQueue also loads reports and each author’s history'],
    });
  }
  return figures;
}
