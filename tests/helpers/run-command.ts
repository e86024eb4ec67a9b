// Runs one of the npm-script commands (scripts/<name>.ts) as `npm run` would, with only the
// environment the test chooses: no variables of the test runner leak in.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export type CommandRun = { code: number | null; output: string };

/** `timeoutMs`: kill the command after it (its output so far is still returned, code null). */
export function runCommand(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
  timeoutMs = 50_000,
): Promise<CommandRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], {
    cwd,
    env: { PATH: process.env.PATH!, HOME: os.tmpdir(), NODE_ENV: 'production', ...env },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c));
  child.stderr.on('data', (c: Buffer) => (output += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => child.on('exit', (code) => (clearTimeout(timer), resolve({ code, output }))));
}
