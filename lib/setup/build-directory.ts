// Where builds live (docs/0013-builds.md). `next build` writes into .next-builds/staging (a fixed
// name: Next adds its distDir to tsconfig.json), one build at a time under a lock; a finished build
// is renamed to .next-builds/<fingerprint> and never written by a later build, so a server keeps
// every file of the build it started with. `current` names the newest build a server came up on;
// servers/<pid>.json lists the servers running from this folder, whose builds are kept.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const BUILDS_DIR = '.next-builds';
export const STAGING_DIR = path.join(BUILDS_DIR, 'staging');
const CURRENT_FILE = path.join(BUILDS_DIR, 'current');
const LOCK_FILE = path.join(BUILDS_DIR, 'build.lock');
const SERVERS_DIR = path.join(BUILDS_DIR, 'servers');
const STAMP_FILE = 'dispatch-build-fingerprint';
/** A plain `next build` (no DISPATCH_BUILD_DIR) still writes here. */
export const LEGACY_BUILD_DIR = '.next';

export type ServerRecord = {
  pid: number;
  port: number;
  buildDir: string;
  siteUrl: string;
  cacheId: string;
  startedAt: string;
};

/** What a build's page cache was rendered for: pages carry the database's stories and SITE_URL's links. */
export const cacheIdentity = (databaseUrl: string, siteUrl: string) =>
  crypto.createHash('sha256').update(databaseUrl).update('\0').update(siteUrl).digest('hex');

export const buildDirFor = (fingerprint: string) => path.join(BUILDS_DIR, fingerprint.slice(0, 16));

const hasBuildId = (root: string, dir: string) => fs.existsSync(path.join(root, dir, 'BUILD_ID'));

/** The finished build of exactly this code, or null. */
export function findBuild(root: string, fingerprint: string): string | null {
  const dir = buildDirFor(fingerprint);
  const stamp = path.join(root, dir, STAMP_FILE);
  return hasBuildId(root, dir) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint ? dir : null;
}

/** What a server started without DISPATCH_BUILD_DIR serves: the current build, else a plain .next. */
export function currentBuild(root: string): string | null {
  const file = path.join(root, CURRENT_FILE);
  const name = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  if (name && hasBuildId(root, path.join(BUILDS_DIR, name))) return path.join(BUILDS_DIR, name);
  return hasBuildId(root, LEGACY_BUILD_DIR) ? LEGACY_BUILD_DIR : null;
}

/** Points `current` at `dir` in one rename, so a reader sees the old name or the new, never half. */
export function markCurrent(root: string, dir: string): void {
  const tmp = path.join(root, `${CURRENT_FILE}.${process.pid}`);
  fs.writeFileSync(tmp, path.basename(dir));
  fs.renameSync(tmp, path.join(root, CURRENT_FILE));
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the build lock; when another live process holds it, returns that process's id instead. */
function takeBuildLock(root: string): { heldBy: number } | null {
  const file = path.join(root, LOCK_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return null;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = Number(fs.readFileSync(file, 'utf8').trim());
    if (holder && isAlive(holder)) return { heldBy: holder };
    fs.rmSync(file, { force: true }); // left by a build that was killed
  }
}

/**
 * The finished build of this code: found, or built into staging and renamed into place. A second
 * start that finds another one building waits for it instead of building beside it.
 */
export async function buildOnce(
  root: string,
  fingerprint: string,
  build: (distDir: string) => boolean,
  log: (line: string) => void,
): Promise<string> {
  let hasSaidWaiting = false;
  for (;;) {
    const found = findBuild(root, fingerprint);
    if (found) return found;
    const lock = takeBuildLock(root);
    if (lock) {
      if (!hasSaidWaiting)
        log(`Another start (process ${lock.heldBy}) is building in this folder; waiting for it to finish`);
      hasSaidWaiting = true;
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    try {
      const again = findBuild(root, fingerprint);
      if (again) return again;
      fs.rmSync(path.join(root, STAGING_DIR), { recursive: true, force: true });
      if (!build(STAGING_DIR)) throw new Error('next build failed');
      fs.writeFileSync(path.join(root, STAGING_DIR, STAMP_FILE), fingerprint);
      const dir = buildDirFor(fingerprint);
      fs.rmSync(path.join(root, dir), { recursive: true, force: true }); // an unfinished one, if any
      fs.renameSync(path.join(root, STAGING_DIR), path.join(root, dir));
      return dir;
    } finally {
      fs.rmSync(path.join(root, LOCK_FILE), { force: true });
    }
  }
}

/**
 * The directory a server may serve `dir` from. A server writes its page cache into its build, so
 * one with another database or SITE_URL than a server already on `dir` gets a copy of its own
 * (`<dir>-<port>`), removed once no server uses it.
 */
export function claimBuild(root: string, dir: string, cacheId: string, port: number): string {
  if (!liveServers(root).some((s) => s.buildDir === dir && s.cacheId !== cacheId)) return dir;
  const own = `${dir}-${port}`;
  fs.rmSync(path.join(root, own), { recursive: true, force: true });
  const r = spawnSync('cp', ['-a', path.join(root, dir), path.join(root, own)]);
  if (r.status !== 0) throw new Error(`copying ${dir}: ${r.stderr}`);
  return own;
}

/** Records a running server; the returned function removes the record (call it at exit). */
export function registerServer(root: string, record: ServerRecord): () => void {
  const file = path.join(root, SERVERS_DIR, `${record.pid}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(record));
  return () => fs.rmSync(file, { force: true });
}

/** Servers running from this folder now; records of processes that are gone are removed. */
export function liveServers(root: string): ServerRecord[] {
  const dir = path.join(root, SERVERS_DIR);
  if (!fs.existsSync(dir)) return [];
  const live: ServerRecord[] = [];
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    let record: ServerRecord;
    try {
      record = JSON.parse(fs.readFileSync(file, 'utf8')) as ServerRecord;
    } catch {
      continue; // being written
    }
    if (isAlive(record.pid)) live.push(record);
    else fs.rmSync(file, { force: true });
  }
  return live;
}

/** Finished builds other than `current`, the previous one and those live servers use. */
export function removeUnusedBuilds(root: string): string[] {
  const base = path.join(root, BUILDS_DIR);
  if (!fs.existsSync(base)) return [];
  const inUse = new Set(
    [currentBuild(root), ...liveServers(root).map((s) => s.buildDir)].filter(Boolean).map((d) => path.basename(d!)),
  );
  const entries = fs.readdirSync(base, { withFileTypes: true }).filter((e) => e.isDirectory());
  // Per-server copies (claimBuild) go as soon as no server uses them.
  const copies = entries
    .filter((e) => /^[0-9a-f]{16}-\d+$/.test(e.name) && !inUse.has(e.name))
    .map((e) => path.join(BUILDS_DIR, e.name));
  const builds = entries
    .filter((e) => /^[0-9a-f]{16}$/.test(e.name))
    .map((e) => ({ name: e.name, mtime: fs.statSync(path.join(base, e.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  // The newest build that is not current stays too: older pages in readers' tabs still load its
  // scripts (scripts/serve.ts falls back to it), and it is the one to roll back to.
  const previous = builds.find((b) => !inUse.has(b.name));
  const removed = [
    ...copies,
    ...builds.filter((b) => !inUse.has(b.name) && b !== previous).map((b) => path.join(BUILDS_DIR, b.name)),
  ];
  for (const dir of removed) fs.rmSync(path.join(root, dir), { recursive: true, force: true });
  return removed;
}

/** Other finished builds, newest first: where scripts/serve.ts looks for a script its own build lacks. */
export function otherBuilds(root: string, own: string): string[] {
  const base = path.join(root, BUILDS_DIR);
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base, { withFileTypes: true })
    .filter(
      (e) => e.isDirectory() && /^[0-9a-f]{16}$/.test(e.name) && path.join(BUILDS_DIR, e.name) !== path.normalize(own),
    )
    .map((e) => path.join(BUILDS_DIR, e.name))
    .sort((a, b) => fs.statSync(path.join(root, b)).mtimeMs - fs.statSync(path.join(root, a)).mtimeMs);
}
