// Splits plain text into text and http(s) links, so a page can make the links clickable
// without injecting HTML.
import 'server-only';
export type TextPiece = { kind: 'text'; value: string } | { kind: 'link'; value: string };

// Stop at whitespace and at characters that usually wrap a URL in prose or plain-text email.
const URL_PATTERN = /https?:\/\/[^\s<>"'\[\]()]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

export function splitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    if (start > last) pieces.push({ kind: 'text', value: text.slice(last, start) });
    pieces.push({ kind: 'link', value: url });
    last = start + url.length;
  }
  if (last < text.length) pieces.push({ kind: 'text', value: text.slice(last) });
  return pieces;
}
