// After an upgrade, pages readers loaded from the previous build still ask for its scripts and
// styles (`/_next/static/…`, named by content hash), which the new build may not have: Next would
// answer 404 and the page would lose its JavaScript until reloaded. The new server answers those
// from the builds kept beside its own (lib/setup/build-directory.ts, docs/0013-builds.md).
// Re-check on a Next upgrade: that build assets are still served from `<distDir>/static` under
// `/_next/static/`, immutable and content-hashed.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { otherBuilds } from '../setup/build-directory';

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};
const PREFIX = '/_next/static/';
// The answer per asset path: null when the own build has it (Next serves it) or nobody does.
const found = new Map<string, string | null>();

function locate(relative: string, ownDir: string): string | null {
  const cached = found.get(relative);
  if (cached !== undefined) return cached;
  let file: string | null = null;
  if (!fs.existsSync(path.join(ownDir, 'static', relative))) {
    file =
      otherBuilds('.', ownDir)
        .map((dir) => path.join(dir, 'static', relative))
        .find((f) => fs.existsSync(f)) ?? null;
  }
  if (found.size > 5000) found.clear();
  found.set(relative, file);
  return file;
}

/** Answers a `/_next/static/` request from an older build when the own build lacks the file. */
export function serveOlderBuildAsset(req: http.IncomingMessage, res: http.ServerResponse, ownDir: string): boolean {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith(PREFIX)) return false;
  let relative: string;
  try {
    relative = path.posix.normalize(decodeURIComponent(req.url.slice(PREFIX.length).split('?')[0]!));
  } catch {
    return false;
  }
  if (relative.startsWith('..') || relative.includes('\0') || path.isAbsolute(relative)) return false;
  const file = locate(relative, ownDir);
  if (!file) return false;
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'public, max-age=31536000, immutable',
    'content-length': fs.statSync(file).size,
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
  return true;
}
