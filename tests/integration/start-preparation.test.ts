// `npm start` with a missing or damaged data/, an SMTP server that does not answer, and a locked
// database. The real scripts/start.ts runs (with --prepare-only, so it stops before the build)
// in a throwaway folder that links to this checkout but has its own data/: the repo's data/ is
// never touched. Damaged files must come out byte for byte as they went in.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const LINKED = [
  'node_modules',
  'prisma',
  'prisma.config.ts',
  'package.json',
  'tsconfig.json',
  'lib',
  'scripts',
  'content',
  'emails',
];

const made: string[] = [];
// rmSync removes the links, not what they point to.
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function makeCheckout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-start-'));
  made.push(dir);
  for (const name of LINKED) fs.symlinkSync(path.join(ROOT, name), path.join(dir, name));
  return dir;
}

type Run = { code: number | null; output: string };

function prepare(cwd: string, env: Record<string, string> = {}): Promise<Run> {
  // Only what the test chooses: no .env of the checkout, no variables of the test runner.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--prepare-only'], {
    cwd,
    env: { PATH: process.env.PATH!, HOME: os.tmpdir(), NODE_ENV: 'production', ...env },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c));
  child.stderr.on('data', (c: Buffer) => (output += c));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

/** Runs start with `damage` in place and checks it refused with `message`, changing nothing. */
async function expectRefusal(
  damage: (cwd: string) => void,
  message: RegExp,
  env: Record<string, string> = {},
): Promise<void> {
  const cwd = makeCheckout();
  damage(cwd);
  const before = snapshot(path.join(cwd, 'data'));
  const run = await prepare(cwd, env);
  expect(run.output).toMatch(message);
  expect(run.output).toMatch(/Nothing was changed\./);
  expect(run.code).toBe(1);
  expect(snapshot(path.join(cwd, 'data'))).toEqual(before);
}

/** Every file under `entry` with its bytes (a file in place of the folder counts as one). */
function snapshot(entry: string): Record<string, string> {
  if (!fs.existsSync(entry)) return {};
  if (!fs.statSync(entry).isDirectory()) return { [entry]: fs.readFileSync(entry).toString('base64') };
  return Object.assign({ [entry]: 'dir' }, ...fs.readdirSync(entry).map((name) => snapshot(path.join(entry, name))));
}

describe('npm start preparation', () => {
  it('on a fresh checkout creates data/, a secret and the database; an SMTP server that does not answer is a warning naming SMTP_URL', async () => {
    const cwd = makeCheckout();
    const port = await freePort();
    const run = await prepare(cwd, { SITE_URL: 'http://127.0.0.1:3000', SMTP_URL: `smtp://127.0.0.1:${port}` });
    expect(run.output).toMatch(
      new RegExp(`Warning: SMTP_URL \\(smtp://127.0.0.1:${port}\\) does not answer .*: the site starts`),
    );
    expect(run.output).toMatch(/Prepared \(--prepare-only\)/);
    expect(run.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'data', 'auth-secret'), 'utf8').trim()).toMatch(/^[\w-]{43}$/);
    const db = new Database(path.join(cwd, 'data', 'dispatch.db'), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'Article'").get()).toEqual({ n: 1 });
    db.close();
  }, 60_000);

  it(
    'refuses data/ that is a file',
    () =>
      expectRefusal(
        (cwd) => fs.writeFileSync(path.join(cwd, 'data'), 'a file, not a folder'),
        /^data is a file, not a folder: move it out of the way/m,
      ),
    30_000,
  );

  it('refuses an empty or garbage data/auth-secret instead of replacing it', async () => {
    await expectRefusal(
      (cwd) => (fs.mkdirSync(path.join(cwd, 'data')), fs.writeFileSync(path.join(cwd, 'data', 'auth-secret'), '')),
      /^data\/auth-secret is empty: restore it from a backup/m,
    );
    await expectRefusal(
      (cwd) => (
        fs.mkdirSync(path.join(cwd, 'data')),
        fs.writeFileSync(path.join(cwd, 'data', 'auth-secret'), Buffer.from([0xff, 0, 0x13, 0x37]))
      ),
      /^data\/auth-secret does not hold a secret/m,
    );
  }, 30_000);

  it('refuses a garbage or zero-byte database file instead of migrating over it', async () => {
    const withDb = (content: string) => (cwd: string) => (
      fs.mkdirSync(path.join(cwd, 'data')),
      fs.writeFileSync(path.join(cwd, 'data', 'dispatch.db'), content)
    );
    await expectRefusal(
      withDb('this was never a database '.repeat(200)),
      /^The database \.\/data\/dispatch\.db is not a readable SQLite database .*: restore it from a backup/m,
      { AUTH_SECRET: 'x'.repeat(40) },
    );
    await expectRefusal(withDb(''), /^The database \.\/data\/dispatch\.db is empty \(0 bytes\)/m, {
      AUTH_SECRET: 'x'.repeat(40),
    });
  }, 30_000);

  it('refuses a database that another program holds locked', async () => {
    const cwd = makeCheckout();
    fs.mkdirSync(path.join(cwd, 'data'));
    const holder = new Database(path.join(cwd, 'data', 'dispatch.db'));
    holder.exec('CREATE TABLE t (x)');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const run = await prepare(cwd, { AUTH_SECRET: 'x'.repeat(40) });
      expect(run.output).toMatch(
        /^The database \.\/data\/dispatch\.db is locked by another process — e\.g\. a running `npm run digest` or another `npm start`/m,
      );
      expect(run.code).toBe(1);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 30_000);

  it('starts beside a reader that has the database open (a backup, a digest) when nothing is left to migrate', async () => {
    const cwd = makeCheckout();
    const env = { AUTH_SECRET: 'x'.repeat(40) };
    expect((await prepare(cwd, env)).code).toBe(0);
    // A reader in the middle of a read transaction, as a backup tool or `npm run digest` is.
    const reader = await holdDatabase(path.join(cwd, 'data', 'dispatch.db'), 'BEGIN; SELECT count(*) FROM "Article"');
    try {
      const run = await prepare(cwd, env);
      expect(run.output).toMatch(/Database is up to date/);
      expect(run.output).toMatch(/Prepared \(--prepare-only\)/);
      expect(run.code).toBe(0);
    } finally {
      await reader.release();
    }
  }, 60_000);

  it('with migrations to apply and another process holding the write lock, names that process and changes nothing', async () => {
    const cwd = makeCheckout();
    fs.mkdirSync(path.join(cwd, 'data'));
    const file = path.join(cwd, 'data', 'dispatch.db');
    const setup = new Database(file);
    setup.pragma('journal_mode = WAL');
    setup.exec('CREATE TABLE t (x)');
    setup.close();
    const writer = await holdDatabase(file, 'BEGIN IMMEDIATE');
    try {
      const before = snapshot(path.join(cwd, 'data'));
      const run = await prepare(cwd, { AUTH_SECRET: 'x'.repeat(40) });
      expect(run.output).toMatch(
        /^The database \.\/data\/dispatch\.db is locked by another process — e\.g\. a running `npm run digest` or another `npm start`/m,
      );
      expect(run.output).toContain(`pid ${writer.pid} (${process.execPath} -e `);
      expect(run.output).not.toMatch(/damaged/);
      expect(run.code).toBe(1);
      expect(snapshot(path.join(cwd, 'data'))).toEqual(before);
    } finally {
      await writer.release();
    }
  }, 60_000);
});

/** Another process with the database open, running `sql` and then waiting, until released. */
async function holdDatabase(file: string, sql: string): Promise<{ pid: number; release: () => Promise<void> }> {
  const script = `const D = require('better-sqlite3'); const db = new D(process.argv[1]); db.exec(process.argv[2]); console.log('holding'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script, file, sql], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => c.toString().includes('holding') && resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited (${code})`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return { pid: child.pid!, release: async () => (child.kill(), await exited, undefined) };
}
