// Production servers for the multi-instance tests: each runs scripts/serve.ts (what `npm start`
// serves with) from its own copy of the project, so each has its own page cache on disk, as two
// machines would. The copy hard-links the sources, shares node_modules, and copies the current
// build (lib/setup/copy-project.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { currentBuild } from '../../lib/setup/build-directory';
import { copyProject as copyProjectTo } from '../../lib/setup/copy-project';
import { serverEnv } from '../../scripts/lib/server-env';

export type InstanceServer = {
  url: string;
  port: number;
  pid: number;
  dir: string;
  log: () => string;
  stop: () => Promise<void>;
  kill: () => Promise<void>;
};

const ROOT = path.resolve(import.meta.dirname, '../..');

export function copyProject(): string {
  if (!currentBuild(ROOT)) {
    throw new Error(
      'These tests serve the production build: run `npx tsx scripts/start.ts --build-only`, `npm start` or the Playwright suite first (scripts/test.sh runs them after it).',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-instance-'));
  copyProjectTo(ROOT, dir);
  return dir;
}

/** The build directory a server started in `dir` serves (where its page cache grows). */
export function buildDirOf(dir: string): string {
  return path.join(dir, currentBuild(dir) ?? '.next');
}

/** `env` needs SITE_URL (the public address); the rest of the server's environment is npm start's. */
export async function startInstance(
  dir: string,
  port: number,
  env: Record<string, string> & { SITE_URL: string },
): Promise<InstanceServer> {
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    cwd: dir,
    env: { ...serverEnv(env.SITE_URL), ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited:\n${output}`);
    if (
      await fetch(`${url}/robots.txt`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 600) throw new Error(`instance on ${port} did not answer:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port,
    // The server process itself (serve.ts runs in it; tsx is a loader, not a wrapper).
    pid: child.pid!,
    dir,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    // The server process itself (not a wrapper), with no chance to finish anything.
    kill: async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
