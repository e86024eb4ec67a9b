// The JavaScript budget (docs/0019-page-weight.md), read from the build of this exact code
// (`.next-builds/<fingerprint>`): scripts/test.sh runs it right after Playwright has built and used
// it. A change that takes a reader page over its budget fails here, naming the biggest files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFingerprint } from '@/lib/setup/build-fingerprint';
import { findBuild } from '@/lib/setup/build-directory';
import { htmlScriptFiles, pageScriptFiles, pageScripts } from '@/scripts/lib/page-scripts';

// Gzip bytes (level 9) of every script a reader page loads at start-up, with a little room above
// what it loads today (docs/0019): the article 140.9 KB, every other reader page 140.2 KB.
// Next 16.4's App Router bootstrap with React 19.3 is 132 KB of that on every page (React DOM
// alone 72 KB), so the 120 KB cannot be met while the site runs on the App Router.
export const PAGE_JS_BUDGET_BYTES = 142_000;
// Of that, what is not Next's bootstrap files: the layout's chunk (Next's layout router and
// link, the header's account slot, the newsletter form) and each page's own client components.
export const OWN_JS_BUDGET_BYTES = 10_000;

const READER_PAGES = {
  front: '/page',
  article: '/articles/[slug]/page',
  section: '/sections/[section]/page',
  topic: '/topics/[topic]/page',
  videos: '/videos/page',
  video: '/videos/[slug]/page',
  search: '/search/page',
  newsletter: '/newsletter/page',
  'comment policy': '/comment-policy/page',
};

const buildDir = findBuild('.', buildFingerprint('.'));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

describe('JavaScript budget', () => {
  it('has a build of this code to measure', () => {
    expect(
      buildDir,
      'no build of the current code: run `npm start -- --build-only` (Playwright builds it too)',
    ).not.toBe(null);
  });

  it('reads the same scripts from the manifests as the prerendered front page carries', () => {
    const html = fs.readFileSync(path.join(buildDir!, 'server', 'app', 'index.html'), 'utf8');
    expect(htmlScriptFiles(html).sort()).toEqual(pageScriptFiles(buildDir!, '/page').sort());
  });

  it.each(Object.entries(READER_PAGES))('keeps the %s page within budget', (_name, route) => {
    const scripts = pageScripts(buildDir!, route);
    const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
    const root = new Set(
      (JSON.parse(fs.readFileSync(path.join(buildDir!, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] })
        .rootMainFiles,
    );
    const own = scripts.filter((s) => !root.has(s.file)).reduce((sum, s) => sum + s.gzipBytes, 0);
    const biggest = scripts
      .slice(0, 4)
      .map((s) => `${path.basename(s.file)} ${kb(s.gzipBytes)}`)
      .join(', ');
    expect(total, `${route}: ${kb(total)} gzip in ${scripts.length} scripts; biggest: ${biggest}`).toBeLessThanOrEqual(
      PAGE_JS_BUDGET_BYTES,
    );
    const ownList = scripts
      .filter((s) => !root.has(s.file))
      .map((s) => `${path.basename(s.file)} ${kb(s.gzipBytes)}`)
      .join(', ');
    expect(own, `${route}: the scripts beyond Next's bootstrap are ${kb(own)} gzip: ${ownList}`).toBeLessThanOrEqual(
      OWN_JS_BUDGET_BYTES,
    );
  });

  it("leaves the comment section's code out of the article's start-up", () => {
    const startUp = pageScriptFiles(buildDir!, '/articles/[slug]/page')
      .map((file) => fs.readFileSync(path.join(buildDir!, file), 'utf8'))
      .join('\n');
    // The section's heading id and its sort labels only exist in CommentsSection.
    expect(startUp).not.toContain('comments-heading');
    expect(startUp).not.toContain('Most recommended');
  });
});
