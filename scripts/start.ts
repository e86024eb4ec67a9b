// npm start: everything a fresh clone needs, then the production server (shared/PRODUCT.md).
// data/ and AUTH_SECRET → migrations → demo content → build when stale → serve → refresh cache.
// The build goes to a directory of its own (docs/0013-builds.md): servers already running from
// this folder keep serving theirs.
import './lib/load-env-files';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { requestRevalidation } from '../lib/cache/revalidation-request';
import { AUTH_SECRET_FILE, EnvError } from '../lib/env';
import { checkSmtp } from '../lib/mail/check-smtp';
import {
  buildOnce,
  cacheIdentity,
  claimBuild,
  liveServers,
  markCurrent,
  removeUnusedBuilds,
} from '../lib/setup/build-directory';
import { buildFingerprint } from '../lib/setup/build-fingerprint';
import { compileServer } from '../lib/setup/compile-server';
import { checkAuthSecretFile } from '../lib/setup/check-auth-secret-file';
import { checkDataDir } from '../lib/setup/check-data-dir';
import { ensureAuthSecret } from '../lib/setup/ensure-auth-secret';
import { prepareDatabase } from '../lib/setup/prepare-database';
import { ensureWriteAheadLog } from '../lib/setup/ensure-write-ahead-log';
import { printImportResult, printUnpublishPlan } from './lib/print-import-result';
import { serverEnv } from './lib/server-env';

const step = (text: string) => console.log(`▸ ${text}`);
/** A damaged data/ or database: say what and where, change nothing, stop. */
const refuse = (problem: string): never => {
  console.error(`${problem}\nNothing was changed.`);
  process.exit(1);
};
// --prepare-only: stop once data/ and the database are ready (tests of the start-up checks).
const isPrepareOnly = process.argv.includes('--prepare-only');

const dataProblem = checkDataDir('data');
if (dataProblem) refuse(dataProblem);
const secretProblem = process.env.AUTH_SECRET?.trim() ? null : checkAuthSecretFile(AUTH_SECRET_FILE);
if (secretProblem) refuse(secretProblem);
if (ensureAuthSecret(process.env) === 'generated') step('Generated AUTH_SECRET into data/auth-secret');

let env;
try {
  env = (await import('../lib/env')).getEnv();
} catch (err) {
  if (err instanceof EnvError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

if (env.SMTP_URL) {
  const smtpProblem = await checkSmtp(env.SMTP_URL);
  if (smtpProblem) console.warn(`Warning: ${smtpProblem}`);
}

step('Checking and migrating the database');
const prepared = prepareDatabase(env.DATABASE_URL);
if (!prepared.ok) refuse(prepared.problem);
else if (prepared.applied === 'unknown') step('Applied database migrations');
else
  step(
    prepared.applied.length === 0
      ? 'Database is up to date'
      : `Applied ${prepared.applied.length} database migration(s): ${prepared.applied.join(', ')}`,
  );
const { db } = await import('../lib/db');
const { isPostgres } = await import('../lib/env');
if (!isPostgres()) await ensureWriteAheadLog(db);
if (isPrepareOnly) {
  await db.$disconnect();
  step('Prepared (--prepare-only): not importing content, building or serving');
  process.exit(0);
}

step('Importing content/');
const { importContent } = await import('../lib/content/import-content');
const imported = await importContent(db, 'content', { onUnpublish: printUnpublishPlan });
printImportResult('content', imported);
// Other instances on the same database refresh what this import changed.
const { publishInvalidation } = await import('../lib/cache/invalidation-log');
await publishInvalidation(db, imported.changedPaths);
const { seedDemoViews } = await import('../lib/views/seed-demo-views');
if ((await seedDemoViews(db, 'content')) > 0) step('Added demo page views for Most read (content/demo-traffic.json)');
await db.$disconnect();

const next = path.resolve('node_modules', '.bin', 'next');
// --build-only: stop once the build of this code is there (tests that serve the build copy it).
const isBuildOnly = process.argv.includes('--build-only');
// Another server from this folder on this port: say which and how to switch without downtime.
const portHolder = isBuildOnly ? undefined : liveServers('.').find((s) => s.port === env.PORT);
if (portHolder) {
  console.error(
    `Port ${env.PORT} is already served from this folder by process ${portHolder.pid} (site URL ${portHolder.siteUrl}, ${portHolder.buildDir}).\n` +
      `To upgrade without downtime, start this one on another PORT, point your proxy at it once it answers, then stop the old one with kill -TERM ${portHolder.pid} (README, "Deploying").`,
  );
  process.exit(1);
}
// Each build goes to a directory of its own, so servers running from this folder keep theirs;
// SITE_URL and the rest of the configuration are read at run time, not built in (docs/0013-builds.md).
let isBuilt = false;
let buildDir: string;
try {
  buildDir = await buildOnce(
    '.',
    buildFingerprint('.'),
    (distDir) => {
      step(
        `Building the site into ${distDir} (first start or code changed; takes a few minutes; running servers keep their build)`,
      );
      isBuilt = true;
      return (
        spawnSync(next, ['build'], {
          stdio: 'inherit',
          env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DISPATCH_BUILD_DIR: distDir },
        }).status === 0
      );
    },
    step,
  );
} catch (err) {
  console.error(`The build failed (${(err as Error).message}); servers running from this folder are untouched.`);
  process.exit(1);
}
if (!isBuilt) step(`Build is up to date (${buildDir})`);
if (isBuildOnly) {
  markCurrent('.', buildDir);
  step(`Built (--build-only): ${buildDir} is current; not serving`);
  process.exit(0);
}

// Cached pages carry the database's stories and SITE_URL's links: beside a server with others this
// one gets its own copy of the build, and when they differ from what its cache was rendered with,
// everything is refreshed once the server is up.
const cacheId = cacheIdentity(env.DATABASE_URL, env.SITE_URL);
buildDir = claimBuild('.', buildDir, cacheId, env.PORT);
const cacheStamp = path.join(buildDir, 'dispatch-cache-identity');
const isSameCache = fs.existsSync(cacheStamp) && fs.readFileSync(cacheStamp, 'utf8') === cacheId;
fs.writeFileSync(cacheStamp, cacheId);

// Every interface, not only localhost: readers arrive at SITE_URL, through a proxy or directly.
step(`Serving on port ${env.PORT} (all interfaces) at ${env.SITE_URL}`);
// Plain Node, not tsx: see lib/setup/compile-server.ts.
const server = spawn(process.execPath, [compileServer('.', buildDir)], {
  stdio: 'inherit',
  env: { ...serverEnv(env.SITE_URL), PORT: String(env.PORT), DISPATCH_BUILD_DIR: buildDir },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

if (await waitForServer(env.PORT)) {
  // The new build is current once a server answers from it; builds no server uses go.
  markCurrent('.', buildDir.replace(/-\d+$/, ''));
  const removed = removeUnusedBuilds('.');
  if (removed.length > 0) step(`Removed builds no server uses: ${removed.join(', ')}`);
  if (!isSameCache || imported.changedPaths.length > 0) {
    await requestRevalidation(env.AUTH_SECRET!, env.PORT, imported.changedPaths, !isSameCache).catch((err: Error) =>
      console.warn(`Could not refresh cached pages: ${err.message}`),
    );
  }
}

async function waitForServer(port: number): Promise<boolean> {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/robots.txt`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
