// npm start: everything a fresh clone needs, then the production server (shared/PRODUCT.md).
// data/ and AUTH_SECRET → migrations → demo content → build when stale → serve → refresh cache.
import './lib/load-env-files';
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { requestRevalidation } from '../lib/cache/revalidation-request';
import { AUTH_SECRET_FILE, EnvError } from '../lib/env';
import { checkSmtp } from '../lib/mail/check-smtp';
import { buildFingerprint, isBuildCurrent, writeBuildStamp } from '../lib/setup/build-fingerprint';
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
else step(prepared.applied.length === 0 ? 'Database is up to date' : `Applied ${prepared.applied.length} database migration(s): ${prepared.applied.join(', ')}`);
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
// SITE_URL is baked into the build (security headers), so a new one means a new build.
const fingerprint = buildFingerprint('.', env.SITE_URL);
if (isBuildCurrent('.', fingerprint)) {
  step('Build is up to date');
} else {
  step('Building the site (first start or code changed; takes a few minutes)');
  const build = spawnSync(next, ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeBuildStamp('.', fingerprint);
}

// Cached pages from a previous run may belong to another database; then refresh everything.
const dbStamp = path.join('.next', 'dispatch-database');
const dbId = crypto.createHash('sha256').update(env.DATABASE_URL).digest('hex');
const isSameDatabase = fs.existsSync(dbStamp) && fs.readFileSync(dbStamp, 'utf8') === dbId;
fs.writeFileSync(dbStamp, dbId);

step(`Serving on http://localhost:${env.PORT} (site URL ${env.SITE_URL})`);
const tsx = path.resolve('node_modules', '.bin', 'tsx');
const server = spawn(tsx, ['scripts/serve.ts'], { stdio: 'inherit', env: { ...serverEnv(env.SITE_URL), PORT: String(env.PORT) } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

if (!isSameDatabase || imported.changedPaths.length > 0) {
  await waitForServer(env.PORT);
  await requestRevalidation(env.AUTH_SECRET!, env.PORT, imported.changedPaths, !isSameDatabase).catch((err: Error) =>
    console.warn(`Could not refresh cached pages: ${err.message}`),
  );
}

async function waitForServer(port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/robots.txt`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
