// Decides whether `next build` must run: a hash over everything that goes into the build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'emails', 'public', 'prisma/schema.prisma', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json', 'instrumentation.ts', 'proxy.ts'];
const SKIP = new Set(['generated', 'node_modules']);
export const BUILD_STAMP = path.join('.next', 'dispatch-build-fingerprint');

function walk(entry: string, files: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    if (!/\.test\.tsx?$/.test(entry)) files.push(entry);
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), files);
}

/** `extra` holds configuration baked into the build (SITE_URL decides HSTS). */
export function buildFingerprint(root = '.', extra = ''): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const hash = crypto.createHash('sha256').update(extra).update('\0');
  for (const f of files) hash.update(f).update('\0').update(fs.readFileSync(f)).update('\0');
  return hash.digest('hex');
}

export function isBuildCurrent(root: string, fingerprint: string): boolean {
  const stamp = path.join(root, BUILD_STAMP);
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint;
}

/** `fingerprint` is taken before the build: files edited while it runs make the next start build again. */
export function writeBuildStamp(root: string, fingerprint: string): void {
  fs.writeFileSync(path.join(root, BUILD_STAMP), fingerprint);
}
