// The full-text index behind search, on either database: SQLite FTS5 or PostgreSQL text search
// over the "ArticleSearch" table (the init migrations). Returns article ids in rank order with
// the title and a snippet marked with MARK_START/MARK_END around the matched words.
import 'server-only';
import type { PrismaClient } from '../generated/prisma/client';
import { MARK_END, MARK_START, toFtsQuery, toTsQuery } from './fts-query';

export type SearchProvider = 'sqlite' | 'postgresql';
export type IndexHit = { articleId: string; titleMarked: string; snippetMarked: string };
export type IndexPage = { total: number; hits: IndexHit[] };

const NONE: IndexPage = { total: 0, hits: [] };

export async function querySearchIndex(
  client: PrismaClient,
  provider: SearchProvider,
  input: string,
  limit: number,
  offset = 0,
): Promise<IndexPage> {
  return provider === 'postgresql'
    ? queryPostgres(client, input, limit, offset)
    : querySqlite(client, input, limit, offset);
}

async function querySqlite(client: PrismaClient, input: string, limit: number, offset: number): Promise<IndexPage> {
  const match = toFtsQuery(input);
  if (!match) return NONE;
  const [{ total }] = await client.$queryRaw<{ total: number | bigint }[]>`
    SELECT count(*) AS total FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}`;
  if (Number(total) === 0) return NONE;
  const hits = await client.$queryRaw<IndexHit[]>`
    SELECT "articleId",
      highlight("ArticleSearch", 1, ${MARK_START}, ${MARK_END}) AS "titleMarked",
      snippet("ArticleSearch", -1, ${MARK_START}, ${MARK_END}, '…', 28) AS "snippetMarked"
    FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}
    ORDER BY bm25("ArticleSearch", 0, 8, 4, 1)
    LIMIT ${limit} OFFSET ${offset}`;
  return { total: Number(total), hits };
}

// Weights {D, C, B, A}: body (C) 1, standfirst (B) 4, title (A) 8, as bm25's column weights above.
const RANK_WEIGHTS = '{0, 0.125, 0.5, 1}';
const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const SNIPPET_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=1, MaxWords=28, MinWords=12`;

async function queryPostgres(client: PrismaClient, input: string, limit: number, offset: number): Promise<IndexPage> {
  const tsquery = toTsQuery(input);
  if (!tsquery) return NONE;
  const [{ total }] = await client.$queryRaw<{ total: number | bigint }[]>`
    SELECT count(*) AS total FROM "ArticleSearch" WHERE "document" @@ to_tsquery('english', ${tsquery})`;
  if (Number(total) === 0) return NONE;
  // Headlines are costly: make them for the page's rows only.
  const rows = await client.$queryRaw<{ articleId: string; titleMarked: string; snippet: string; text: string }[]>`
    SELECT "articleId", "text",
      ts_headline('english', "title", q, ${TITLE_OPTIONS}) AS "titleMarked",
      ts_headline('english', "text", q, ${SNIPPET_OPTIONS}) AS "snippet"
    FROM (
      SELECT "articleId", "title", "standfirst" || ' ' || "body" AS "text", q,
        ts_rank_cd(${RANK_WEIGHTS}::float4[], "document", q, 1) AS rank
      FROM "ArticleSearch", to_tsquery('english', ${tsquery}) AS q
      WHERE "document" @@ q
      ORDER BY rank DESC, "articleId"
      LIMIT ${limit} OFFSET ${offset}
    ) AS page
    ORDER BY rank DESC, "articleId"`;
  const hits = rows.map((r) => ({
    articleId: r.articleId,
    titleMarked: r.titleMarked,
    snippetMarked: withEllipses(r.snippet, r.text),
  }));
  return { total: Number(total), hits };
}

/** ts_headline cuts without saying so; mark the cuts with '…' as FTS5's snippet does. */
function withEllipses(snippet: string, text: string): string {
  const plain = snippet.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
  return `${text.startsWith(plain) ? '' : '…'}${snippet}${text.endsWith(plain) ? '' : '…'}`;
}
