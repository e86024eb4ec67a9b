import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildOnce,
  claimBuild,
  currentBuild,
  markCurrent,
  registerServer,
  removeUnusedBuilds,
} from './build-directory';

const tempRoot = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-builds-'));
const fakeBuild = (root: string) => (distDir: string) => {
  fs.mkdirSync(path.join(root, distDir), { recursive: true });
  fs.writeFileSync(path.join(root, distDir, 'BUILD_ID'), 'x');
  return true;
};
const FP = (c: string) => c.repeat(64);

describe('buildOnce', () => {
  it('builds into staging, renames, and finds the build the next time without building', async () => {
    const root = tempRoot();
    const dir = await buildOnce(root, FP('a'), fakeBuild(root), () => {});
    expect(dir).toBe(path.join('.next-builds', 'a'.repeat(16)));
    expect(fs.existsSync(path.join(root, '.next-builds', 'staging'))).toBe(false);
    let builds = 0;
    await buildOnce(
      root,
      FP('a'),
      () => ++builds > 0,
      () => {},
    );
    expect(builds).toBe(0);
  });

  it("waits for a build another live process holds the lock for, and leaves a dead one's lock", async () => {
    const root = tempRoot();
    fs.mkdirSync(path.join(root, '.next-builds'));
    fs.writeFileSync(path.join(root, '.next-builds', 'build.lock'), String(process.ppid));
    const said: string[] = [];
    setTimeout(() => fakeBuild(root)(path.join('.next-builds', 'b'.repeat(16))), 300);
    setTimeout(
      () => fs.writeFileSync(path.join(root, '.next-builds', 'b'.repeat(16), 'dispatch-build-fingerprint'), FP('b')),
      350,
    );
    const dir = await buildOnce(
      root,
      FP('b'),
      () => false,
      (line) => said.push(line),
    );
    expect(dir).toBe(path.join('.next-builds', 'b'.repeat(16)));
    expect(said[0]).toContain(`process ${process.ppid}`);
    fs.writeFileSync(path.join(root, '.next-builds', 'build.lock'), '999999999');
    expect(await buildOnce(root, FP('c'), fakeBuild(root), () => {})).toBe(path.join('.next-builds', 'c'.repeat(16)));
  });

  it('a failed build leaves no finished build and no lock', async () => {
    const root = tempRoot();
    await expect(
      buildOnce(
        root,
        FP('d'),
        () => false,
        () => {},
      ),
    ).rejects.toThrow('next build failed');
    expect(fs.existsSync(path.join(root, '.next-builds', 'd'.repeat(16)))).toBe(false);
    expect(fs.existsSync(path.join(root, '.next-builds', 'build.lock'))).toBe(false);
  });
});

describe('keeping builds', () => {
  it('keeps current, the previous one and those live servers use; removes the rest and unused copies', async () => {
    const root = tempRoot();
    const dirs: string[] = [];
    for (const c of ['1', '2', '3', '4']) {
      dirs.push(await buildOnce(root, FP(c), fakeBuild(root), () => {}));
      fs.utimesSync(path.join(root, dirs.at(-1)!), new Date(), new Date(Date.now() + dirs.length * 1000));
    }
    const unregister = registerServer(root, {
      pid: process.pid,
      port: 1,
      buildDir: dirs[0]!,
      siteUrl: 'http://a',
      cacheId: 'a',
      startedAt: '',
    });
    expect(claimBuild(root, dirs[0]!, 'a', 2)).toBe(dirs[0]);
    const copy = claimBuild(root, dirs[0]!, 'other', 2);
    expect(copy).toBe(`${dirs[0]}-2`);
    markCurrent(root, dirs[3]!);
    expect(currentBuild(root)).toBe(dirs[3]);
    expect(removeUnusedBuilds(root).sort()).toEqual([copy, dirs[1]!]);
    unregister();
  });
});
