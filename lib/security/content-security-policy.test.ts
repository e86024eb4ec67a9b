import crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, htmlContentSecurityPolicy, inlineScriptHashes } from './content-security-policy';

const sha = (text: string) => `sha256-${crypto.createHash('sha256').update(text).digest('base64')}`;

describe('inlineScriptHashes', () => {
  it("hashes each of Next's inline scripts once, exactly as written, and skips scripts with src", () => {
    const html = `<html><head><script src="/_next/a.js" async=""></script><script>self.__next_f.push([1,"é"])</script></head>
      <body><script>self.__next_f.push([1,"é"])</script><SCRIPT id="_R_">(self.__next_f=self.__next_f||[]).push([0])</SCRIPT ></body></html>`;
    expect(inlineScriptHashes(html)).toEqual({
      trusted: [sha('self.__next_f.push([1,"é"])'), sha('(self.__next_f=self.__next_f||[]).push([0])')],
      refused: [],
    });
  });

  it('refuses any other inline script, even one that sits among them', () => {
    const injected = 'window.__injected=1';
    const html = `<body><script>self.__next_f.push([1,"a"])</script><script>${injected}</script><script data-src="x">b()</script><script type="module">c()</script></body>`;
    expect(inlineScriptHashes(html)).toEqual({
      trusted: [sha('self.__next_f.push([1,"a"])')],
      refused: [
        { hash: sha(injected), text: injected },
        { hash: sha('b()'), text: 'b()' },
        { hash: sha('c()'), text: 'c()' },
      ],
    });
  });

  it('neither hashes nor reports scripts the browser does not run', () => {
    const html =
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script type=text/template>x</script>';
    expect(inlineScriptHashes(html)).toEqual({ trusted: [], refused: [] });
  });
});

describe('htmlContentSecurityPolicy', () => {
  it("allows the page's own scripts and warns once about an unknown one", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = '<script>self.__next_f.push([1,"a"])</script><script>alert("warn-once")</script>';
    const policy = htmlContentSecurityPolicy(html);
    htmlContentSecurityPolicy(html);
    expect(policy).toContain(`script-src 'self' '${sha('self.__next_f.push([1,"a"])')}'; `);
    expect(policy).not.toContain(sha('alert("warn-once")'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain(sha('alert("warn-once")'));
    warn.mockRestore();
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
