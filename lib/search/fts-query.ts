// Turns what a reader typed into a safe full-text query, SQLite FTS5 or PostgreSQL tsquery, from
// the same word list: every word quoted (so operators and punctuation are plain text), all words
// required, the last one also matching as a prefix.
import 'server-only';
import { MAX_QUERY_LENGTH } from './search-params';

export { MAX_QUERY_LENGTH };

export function searchTerms(input: string): string[] {
  return input
    .normalize('NFKC')
    .slice(0, MAX_QUERY_LENGTH)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

export function toFtsQuery(input: string): string | undefined {
  const terms = searchTerms(input);
  if (terms.length === 0) return undefined;
  return terms
    .map((t, i) => `"${t.replace(/"/g, '""')}"${i === terms.length - 1 && t.length >= 3 ? '*' : ''}`)
    .join(' ');
}

/** The same query for PostgreSQL's to_tsquery: quoted lexemes joined by AND, a prefix on the last. */
export function toTsQuery(input: string): string | undefined {
  const terms = searchTerms(input);
  if (terms.length === 0) return undefined;
  return terms
    .map((t, i) => `'${t.replace(/['\\]/g, '')}'${i === terms.length - 1 && t.length >= 3 ? ':*' : ''}`)
    .join(' & ');
}

/** Highlight markers that cannot occur in content (control characters are stripped at import). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
