// Decides whether `next build` must run: a hash over everything that goes into the build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = [
  'app',
  'components',
  'lib',
  'emails',
  'public',
  'prisma/schema.prisma',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
  'instrumentation.ts',
  'proxy.ts',
];
const SKIP = new Set(['generated', 'node_modules']);

function walk(entry: string, files: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isFile()) {
    if (!/\.test\.tsx?$/.test(entry)) files.push(entry);
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), files);
}

/** Code only: configuration (SITE_URL, DATABASE_URL, …) is read at run time, never baked in. */
export function buildFingerprint(root = '.'): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(fs.readFileSync(f)).update('\0');
  return hash.digest('hex');
}
