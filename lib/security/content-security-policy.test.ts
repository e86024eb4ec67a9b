import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from './content-security-policy';

const sha = (text: string) => `sha256-${crypto.createHash('sha256').update(text).digest('base64')}`;

describe('inlineScriptHashes', () => {
  it('hashes each inline script once, exactly as written, and skips scripts with src', () => {
    const html = `<html><head><script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"é"])</script></head>
      <body><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>self.__next_f.push([1,"é"])</script><SCRIPT id="x">
a()</SCRIPT ></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"é"])'), sha('{"@type":"NewsArticle"}'), sha('\na()')]);
  });

  it('treats data-src and similar attributes as inline', () => {
    expect(inlineScriptHashes('<script data-src="x">b()</script>')).toEqual([sha('b()')]);
  });
});

describe('contentSecurityPolicy', () => {
  it('never allows inline scripts wholesale', () => {
    const policy = contentSecurityPolicy({ scriptHashes: ['sha256-abc='] });
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('has no script-src in development, where the dev server needs eval', () => {
    expect(contentSecurityPolicy({ dev: true })).not.toContain('script-src');
  });
});
