// Next's own file-system ISR cache, except that a 404 is never kept (issue 12, docs/0002-caching.md).
//
// Pages with `revalidate` are cached whatever they render: notFound() gives a 404 with a
// cache-control, so the response cache hands it to set() like any page, and the default handler
// keeps it in its memory LRU and writes HTML, RSC, metadata and segment files for it under
// .next/server/route-cache. Every made-up slug cost ~40 KB of disk, for good. Here a 404 is still
// rendered and sent, but not stored; whatever its path held before (a story since unpublished) is
// removed, so a stale copy can never be served again.
//
// Plain JavaScript without `import 'server-only'`: Next loads this file with Node's own import()
// (`cacheHandler` in next-server.js, route-module.js and the build's static-page workers), outside
// the bundler. Node 20 cannot load TypeScript there, and without the react-server condition
// 'server-only' resolves to the file that throws. Nothing here can reach a browser bundle.
//
// On a Next upgrade, re-check: FileSystemCache's get/set/getFilePath, the route-cache file suffixes
// below, and SharedCacheControls.cacheControls (a per-path map that IncrementalCache.set fills).
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';

// require(), not import: these are CommonJS, and import's default is module.exports under Node
// but exports.default under Vite (the unit test), so require gives one answer in both.
const require = createRequire(import.meta.url);
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js');

// Response kinds (CachedRouteKind) and the files the default handler writes for one entry.
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);
const ENTRY_FILES = ['.html', '.body', '.rsc', '.json', '.meta', '.segments'];

/** True for a cached page or route response answered with 404. */
export function isNotFoundResponse(data) {
  return data != null && RESPONSE_KINDS.has(data.kind) && data.status === 404;
}

export default class NotFoundCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (!isNotFoundResponse(data)) return super.set(key, data, ctx);
    // IncrementalCache.set recorded this path's lifetime just before calling here; drop it too,
    // or a scanner's paths pile up in that map for the life of the process.
    SharedCacheControls.cacheControls?.delete(key);
    await this.forget(key, data.kind);
  }

  /** Removes a stored entry from memory and disk; the primary file first, as readers check it. */
  async forget(key, kind) {
    FileSystemCache.memoryCache?.remove(key);
    if (!this.flushToDisk) return;
    const primary = this.getFilePath(`${key}${kind === 'APP_ROUTE' ? '.body' : '.html'}`, kind);
    const stem = primary.slice(0, primary.lastIndexOf('.'));
    for (const suffix of ENTRY_FILES) await fs.rm(stem + suffix, { recursive: true, force: true });
  }
}
