// Comments are plain text. This turns a body into paragraphs, lines and link tokens that React
// renders as text and <a> elements — never as HTML, and never with dangerouslySetInnerHTML.

export type CommentToken = { type: 'text'; text: string } | { type: 'link'; text: string; href: string };
export type CommentParagraph = CommentToken[][]; // lines of tokens

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+|\bwww\.[^\s<>"']+\.[^\s<>"']+/gi;
// Punctuation that usually ends a sentence rather than a URL.
const TRAILING = /[.,;:!?)\]}'"]+$/;

export function normalizeCommentBody(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function tokenizeLine(line: string): CommentToken[] {
  const tokens: CommentToken[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    let url = match[0];
    const trailing = TRAILING.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    const start = match.index!;
    if (start > last) tokens.push({ type: 'text', text: line.slice(last, start) });
    const href = url.startsWith('www.') ? `https://${url}` : url;
    if (URL.canParse(href)) tokens.push({ type: 'link', text: url, href });
    else tokens.push({ type: 'text', text: url });
    last = start + url.length;
  }
  if (last < line.length) tokens.push({ type: 'text', text: line.slice(last) });
  return tokens;
}

export function formatComment(body: string): CommentParagraph[] {
  return normalizeCommentBody(body)
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((para) => para.split('\n').map(tokenizeLine));
}

export function containsLink(body: string): boolean {
  return formatComment(body).some((p) => p.some((line) => line.some((t) => t.type === 'link')));
}
