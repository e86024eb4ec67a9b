// Small, pure helpers over article Markdown: find inline images, and flatten to plain text for
// search and related-story ranking.

// ![alt](src "Caption | Credit") — the title part is optional.
const IMAGE = /!\[([^\]]*)\]\(\s*<?([^\s)>]+)>?(?:\s+"((?:[^"\\]|\\.)*)")?\s*\)/g;

export type InlineImage = { alt: string; src: string; caption?: string; credit?: string };

export function findInlineImages(markdown: string): InlineImage[] {
  return [...markdown.matchAll(IMAGE)].map((m) => ({ alt: m[1]!, src: m[2]!, ...splitImageTitle(m[3]) }));
}

export function splitImageTitle(title: string | undefined | null): { caption?: string; credit?: string } {
  if (!title) return {};
  const at = title.lastIndexOf('|');
  if (at === -1) return { caption: title.trim() || undefined };
  return { caption: title.slice(0, at).trim() || undefined, credit: title.slice(at + 1).trim() || undefined };
}

export function replaceImageSources(markdown: string, replace: (src: string) => string): string {
  return markdown.replace(IMAGE, (whole, alt: string, src: string, title?: string) =>
    `![${alt}](${replace(src)}${title === undefined ? '' : ` "${title}"`})`,
  );
}

export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(IMAGE, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_~]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
