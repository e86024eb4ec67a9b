// Comments in-process: reading the first page of a 5,000-comment thread through listComments against one raw SELECT
// of the same rows, and posting with 20 concurrent readers through postComment against raw
// single-row INSERTs. Imports lib/ lazily: DATABASE_URL must be set first (lib/db.ts caches).
import type { BenchOptions } from './options';
import { ratioOf, type Figure } from './results';
import { commentBody, sqlDate, type RawDb } from './seed';
import { timeConcurrent, timeSerial } from './timing';

const THREAD_TARGET_MS = 50;

export async function benchThreadRead(raw: RawDb, slug: string, viewerId: string, o: BenchOptions): Promise<Figure[]> {
  const { listComments, THREADS_PER_PAGE } = await import('../lib/comments/list-comments');
  const articleId = (raw.prepare(`SELECT id FROM "Article" WHERE slug = ?`).get(slug) as { id: string }).id;
  // The same rows the first page shows: 20 newest threads and their replies, with author names.
  const select = raw.prepare(
    `WITH top AS (SELECT id FROM "Comment" WHERE articleId = ? AND parentId IS NULL AND status = 'approved' ORDER BY createdAt DESC, id DESC LIMIT ?)
     SELECT c.id, c.body, c.createdAt, c.editedAt, c.status, c.isDeleted, c.isFeatured, c.recommendCount, c.authorId, c.parentId, c.replyToId, u.displayName
     FROM "Comment" c LEFT JOIN "User" u ON u.id = c.authorId
     WHERE c.id IN (SELECT id FROM top) OR (c.parentId IN (SELECT id FROM top) AND c.status = 'approved')
     ORDER BY c.createdAt`,
  );
  const rows = select.all(articleId, THREADS_PER_PAGE + 1).length;
  const view = await listComments(slug, null);
  const shown = (view?.threads ?? []).reduce((n, t) => n + 1 + t.replies.length, 0);
  if (shown === 0) throw new Error(`listComments(${slug}) returned no comments`);
  const limits = { iterations: o.iterations, seconds: o.iterationSeconds };
  const baseline = await timeSerial(
    `raw SELECT (${rows} rows)`,
    () => select.all(articleId, THREADS_PER_PAGE + 1),
    limits,
  );
  const figures: Figure[] = [];
  for (const [who, viewer] of [
    ['anonymous', null],
    ['signed-in reader', { id: viewerId }],
  ] as const) {
    const subject = await timeSerial(`listComments, ${who}`, () => listComments(slug, viewer), limits);
    figures.push({
      id: `comments-read-${viewer ? 'reader' : 'anonymous'}`,
      title: `Comment thread read (${o.threadComments} comments; first page ${shown} shown), ${who}`,
      subject,
      baseline,
      ratio: ratioOf(subject, baseline),
      target: { text: `p99 < ${THREAD_TARGET_MS} ms`, isMet: (subject.p99Ms ?? Infinity) < THREAD_TARGET_MS },
      notes: ['in-process, one call at a time (the page reads it by GET /api/comments/{slug}; keyset pages)'],
    });
  }
  figures.push(await benchDeepPage(raw, articleId, limits));
  return figures;
}

/**
 * Before and after keyset pages, in the same run: the threads of page 40 found by OFFSET (the old
 * query: SQLite steps over every earlier thread) against the keyset query listComments now sends
 * (one index seek), both as raw SQL so the figure is the query shape alone.
 */
async function benchDeepPage(raw: RawDb, articleId: string, limits: { iterations: number; seconds: number }) {
  const { THREADS_PER_PAGE } = await import('../lib/comments/list-comments');
  const depth = Math.min(
    39,
    Math.floor(
      Number(
        (
          raw
            .prepare(`SELECT count(*) AS n FROM "Comment" WHERE articleId = ? AND parentId IS NULL`)
            .get(articleId) as { n: number }
        ).n,
      ) / THREADS_PER_PAGE,
    ) - 1,
  );
  const where = `articleId = ? AND parentId IS NULL AND status = 'approved'`;
  const offset = raw.prepare(
    `SELECT id, createdAt FROM "Comment" WHERE ${where} ORDER BY createdAt DESC, id DESC LIMIT ? OFFSET ?`,
  );
  const keyset = raw.prepare(
    `SELECT id, createdAt FROM "Comment" WHERE ${where} AND (createdAt < ? OR (createdAt = ? AND id < ?)) ORDER BY createdAt DESC, id DESC LIMIT ?`,
  );
  const before = offset.all(articleId, 1, depth * THREADS_PER_PAGE - 1) as { id: string; createdAt: unknown }[];
  const last = before[0]!;
  const viaOffset = offset.all(articleId, THREADS_PER_PAGE, depth * THREADS_PER_PAGE) as { id: string }[];
  const viaKeyset = keyset.all(articleId, last.createdAt, last.createdAt, last.id, THREADS_PER_PAGE) as {
    id: string;
  }[];
  if (viaOffset.map((r) => r.id).join() !== viaKeyset.map((r) => r.id).join())
    throw new Error('keyset and OFFSET disagree on the page');
  const baseline = await timeSerial(
    `OFFSET ${depth * THREADS_PER_PAGE} (before)`,
    () => offset.all(articleId, THREADS_PER_PAGE, depth * THREADS_PER_PAGE),
    limits,
  );
  const subject = await timeSerial(
    `keyset (after)`,
    () => keyset.all(articleId, last.createdAt, last.createdAt, last.id, THREADS_PER_PAGE),
    limits,
  );
  return {
    id: 'comments-read-deep',
    title: `Page ${depth + 1} of threads: keyset cursor against OFFSET`,
    subject,
    baseline,
    ratio: ratioOf(subject, baseline),
    notes: ['raw SQL both sides, same rows checked equal; ratio > 1: keyset is faster'],
  } satisfies Figure;
}

export async function benchPosting(raw: RawDb, slug: string, writerIds: string[], o: BenchOptions): Promise<Figure> {
  const { postComment } = await import('../lib/comments/post-comment');
  const articleId = (raw.prepare(`SELECT id FROM "Article" WHERE slug = ?`).get(slug) as { id: string }).id;
  const failures = new Map<string, number>();
  const subject = await timeConcurrent(`postComment, ${o.writers} writers`, o.posts, o.writers, async (i, worker) => {
    const result = await postComment(
      { id: writerIds[worker % writerIds.length]!, role: 'reader' },
      { articleSlug: slug, body: commentBody(2_000_000 + i) },
    );
    const outcome = result.ok ? result.status : result.code;
    if (outcome !== 'approved') failures.set(outcome, (failures.get(outcome) ?? 0) + 1);
  });
  const insert = raw.prepare(
    `INSERT INTO "Comment" (id, articleId, authorId, body, status, createdAt) VALUES (?, ?, ?, ?, 'approved', ?)`,
  );
  const baseline = await timeConcurrent(`raw INSERT, autocommit`, o.posts, o.writers, (i, worker) =>
    insert.run(
      `cbenchraw${i.toString(36).padStart(8, '0')}`,
      articleId,
      writerIds[worker % writerIds.length],
      commentBody(3_000_000 + i),
      sqlDate(new Date()),
    ),
  );
  const notes = [
    `${o.posts} posts; limits raised and holds off for the run; better-sqlite3 is synchronous, so the raw inserts run one after another`,
  ];
  if (failures.size) notes.push(`not approved: ${[...failures].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  return {
    id: 'comments-post',
    title: `Comment posting, ${o.writers} concurrent signed-in readers`,
    subject,
    baseline,
    ratio: ratioOf(subject, baseline),
    notes,
  };
}
