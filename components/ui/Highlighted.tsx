import { MARK_END, MARK_START } from '@/lib/search/fts-query';

/** Renders search-highlight markers as <mark>, everything else as plain text (no HTML parsing). */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${MARK_START}[^${MARK_END}]*${MARK_END})`));
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith(MARK_START) ? <mark key={i}>{part.slice(1, -1)}</mark> : part.replace(/[\u0002\u0003]/g, ''),
      )}
    </>
  );
}
