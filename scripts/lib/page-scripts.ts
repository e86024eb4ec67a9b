// The JavaScript a page of a finished build makes the browser load at start-up, read from the
// build output (no server, no timing): Next's bootstrap files (build-manifest.json
// `rootMainFiles`) and the client-component chunks of every segment the route renders (its
// client reference manifest's `entryJSFiles`: root layout, error pages, the page). That is the
// set of <script src> a page's HTML carries, less the `noModule` polyfills that modern browsers
// skip; chunks loaded later by dynamic import() are not in it. Checked against a prerendered
// page's HTML by tests/build/js-budget.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

export type PageScript = { file: string; bytes: number; gzipBytes: number };

type ClientManifest = { entryJSFiles?: Record<string, string[]> };

function clientManifest(buildDir: string, route: string): ClientManifest {
  const file = path.join(buildDir, 'server', 'app', `${route}_client-reference-manifest.js`);
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {};
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), { globalThis: sandbox });
  const manifest = sandbox.__RSC_MANIFEST?.[route];
  if (!manifest?.entryJSFiles) throw new Error(`${file}: no entryJSFiles for ${route} (did Next change its format?)`);
  return manifest;
}

/** Build-relative paths (`static/chunks/….js`) of the scripts `route` (e.g. `/articles/[slug]/page`) loads. */
export function pageScriptFiles(buildDir: string, route: string): string[] {
  const build = JSON.parse(fs.readFileSync(path.join(buildDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const segments = Object.values(clientManifest(buildDir, route).entryJSFiles ?? {}).flat();
  return [...new Set([...build.rootMainFiles, ...segments])].filter((f) => f.endsWith('.js'));
}

/** Each script with its size before and after gzip (level 9), largest first. */
export function pageScripts(buildDir: string, route: string): PageScript[] {
  return pageScriptFiles(buildDir, route)
    .map((file) => {
      const bytes = fs.readFileSync(path.join(buildDir, file));
      return { file, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The module scripts an HTML page references (what the browser fetches), as build-relative paths. */
export function htmlScriptFiles(html: string): string[] {
  const files = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attrs) => !/\snoModule\b/i.test(attrs))
    .map((attrs) => /\ssrc="\/_next\/([^"?]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => Boolean(src));
  return [...new Set(files)];
}
