// Page weight from the build output: the article HTML as served, and the JavaScript it loads —
// every <script src> chunk, read from the build's static/ and gzipped here — against the budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Figure } from './results';

export const JS_BUDGET_KB = 120;

const gzipKb = (bytes: Buffer | string) => zlib.gzipSync(bytes, { level: 9 }).length / 1024;

// Module scripts only: the noModule polyfills (39 KB gzip) are skipped by every browser that runs
// the modern bundle, so they are not part of what a reader downloads.
const scriptSources = (html: string) => [
  ...new Set(
    [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1]!)
      .filter((attrs) => !/\snoModule\b/i.test(attrs))
      .map((attrs) => /\ssrc="([^"]+)"/.exec(attrs)?.[1])
      .filter((src): src is string => Boolean(src)),
  ),
];

/** `plainHtml`: a page with nothing but the site's layout, to tell the article's own code apart. */
export function measurePageWeight(
  html: Buffer,
  pagePath: string,
  plainHtml: Buffer | undefined,
  buildDir: string,
): Figure[] {
  const text = html.toString('utf8');
  const sources = scriptSources(text);
  const shared = new Set(
    plainHtml ? scriptSources(plainHtml.toString('utf8')).map((src) => new URL(src, 'http://x').pathname) : [],
  );
  const chunks = sources.map((src) => {
    const pathname = new URL(src, 'http://x').pathname;
    if (!pathname.startsWith('/_next/static/')) throw new Error(`script outside the build output: ${src}`);
    const file = path.join(buildDir, 'static', decodeURIComponent(pathname.slice('/_next/static/'.length)));
    const bytes = fs.readFileSync(file);
    return { src: pathname, kb: bytes.length / 1024, gzipKb: gzipKb(bytes) };
  });
  chunks.sort((a, b) => b.gzipKb - a.gzipKb);
  const jsGzip = chunks.reduce((sum, c) => sum + c.gzipKb, 0);
  const jsRaw = chunks.reduce((sum, c) => sum + c.kb, 0);
  const inlineScripts = [...text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + m[1]!.length,
    0,
  );
  return [
    {
      id: 'article-js',
      title: `Article page JavaScript (gzip), ${pagePath}`,
      subject: { label: `${chunks.length} <script src> chunks from the build's static/`, kb: jsGzip },
      baseline: { label: 'budget', kb: JS_BUDGET_KB },
      ratio: jsGzip / JS_BUDGET_KB,
      target: { text: `< ${JS_BUDGET_KB} KB gzip`, isMet: jsGzip < JS_BUDGET_KB },
      notes: [
        `${jsRaw.toFixed(1)} KB before gzip; largest: ${chunks
          .slice(0, 3)
          .map((c) => `${path.basename(c.src)} ${c.gzipKb.toFixed(1)} KB`)
          .join(', ')}`,
        ...(plainHtml
          ? [
              `${chunks
                .filter((c) => shared.has(c.src))
                .reduce((sum, c) => sum + c.gzipKb, 0)
                .toFixed(
                  1,
                )} KB of it is also on a page with only the layout (framework, header, newsletter form); the article's own: ${chunks
                .filter((c) => !shared.has(c.src))
                .reduce((sum, c) => sum + c.gzipKb, 0)
                .toFixed(1)} KB`,
            ]
          : []),
      ],
    },
    {
      id: 'article-html',
      title: `Article page HTML, ${pagePath}`,
      subject: { label: 'HTML as served', kb: html.length / 1024 },
      baseline: { label: 'gzip of the same', kb: gzipKb(html) },
      ratio: gzipKb(html) / (html.length / 1024),
      notes: [`${(inlineScripts / 1024).toFixed(1)} KB of it is inline <script> (RSC payload)`],
    },
  ];
}
