// A copy of the project to run a server from, as a second machine would have: sources hard-linked,
// node_modules shared through a symlink, the current build copied for real (a server writes its
// page cache into its build). The bench and the production-server tests run from such copies, so
// they never touch the folder's own build, page cache or data/ (docs/0013-builds.md).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BUILDS_DIR, currentBuild, markCurrent } from './build-directory';

const SKIP = new Set(['.git', '.next', BUILDS_DIR, 'node_modules', 'data', 'test-results']);

/** Copies `root` into the empty or missing folder `dest`; returns the build it copied, if any. */
export function copyProject(root: string, dest: string): string | null {
  fs.mkdirSync(dest, { recursive: true });
  for (const name of fs.readdirSync(root)) {
    if (SKIP.has(name)) continue;
    const r = spawnSync('cp', ['-al', path.join(root, name), dest]);
    if (r.status !== 0) throw new Error(`copying ${name}: ${r.stderr}`);
  }
  fs.symlinkSync(path.resolve(root, 'node_modules'), path.join(dest, 'node_modules'));
  const build = currentBuild(root);
  if (!build) return null;
  // Same path inside the copy: Next's server chunks find the project root relative to their own place.
  fs.mkdirSync(path.dirname(path.join(dest, build)), { recursive: true });
  const r = spawnSync('cp', ['-a', path.join(root, build), path.join(dest, build)]);
  if (r.status !== 0) throw new Error(`copying ${build}: ${r.stderr}`);
  fs.rmSync(path.join(dest, build, 'cache'), { recursive: true, force: true });
  if (build.startsWith(BUILDS_DIR)) markCurrent(dest, build);
  return build;
}
