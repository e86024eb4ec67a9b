// Turns what a reader typed into a safe FTS5 query: every word quoted (so operators and
// punctuation are plain text), all words required, the last one also matching as a prefix.
export const MAX_QUERY_LENGTH = 200;

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
  return terms.map((t, i) => `"${t.replace(/"/g, '""')}"${i === terms.length - 1 && t.length >= 3 ? '*' : ''}`).join(' ');
}

/** Highlight markers that cannot occur in content (control characters are stripped at import). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
