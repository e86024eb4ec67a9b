import { describe, expect, it } from 'vitest';
import { containsLink, formatComment, normalizeCommentBody } from './format-comment';

describe('formatComment', () => {
  it('splits paragraphs on blank lines and keeps line breaks', () => {
    expect(formatComment('One\ntwo\n\n\n\nThree')).toEqual([
      [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'two' }]],
      [[{ type: 'text', text: 'Three' }]],
    ]);
  });

  it('auto-links http(s) and www URLs without swallowing trailing punctuation', () => {
    expect(formatComment('See https://example.com/a?b=1. And www.example.org!')).toEqual([
      [
        [
          { type: 'text', text: 'See ' },
          { type: 'link', text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
          { type: 'text', text: '. And ' },
          { type: 'link', text: 'www.example.org', href: 'https://www.example.org' },
          { type: 'text', text: '!' },
        ],
      ],
    ]);
  });

  it('keeps HTML and Markdown as literal text', () => {
    const html = '<script>alert(1)</script> <img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))';
    expect(formatComment(html)).toEqual([[[{ type: 'text', text: html }]]]);
  });

  it('never links javascript: or data: URLs', () => {
    expect(containsLink('javascript:alert(1) data:text/html,hi')).toBe(false);
  });

  it('normalises line endings, control characters and runs of blank lines', () => {
    expect(normalizeCommentBody('  a\r\nb\u0000\u0007c \n\n\n\nd  ')).toBe('a\nbc\n\nd');
  });
});
