// npm run dev: the same preparation as npm start, then the development server.
import './lib/load-env-files';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { importContent } from '../lib/content/import-content';
import { AUTH_SECRET_FILE } from '../lib/env';
import { checkAuthSecretFile } from '../lib/setup/check-auth-secret-file';
import { checkDataDir } from '../lib/setup/check-data-dir';
import { ensureAuthSecret } from '../lib/setup/ensure-auth-secret';
import { prepareDatabase } from '../lib/setup/prepare-database';
import { printImportResult } from './lib/print-import-result';
import { serverEnv } from './lib/server-env';

// The same refusals as npm start: a damaged data/ is reported, never replaced.
const problem =
  checkDataDir('data') ?? (process.env.AUTH_SECRET?.trim() ? null : checkAuthSecretFile(AUTH_SECRET_FILE));
if (problem) {
  console.error(`${problem}\nNothing was changed.`);
  process.exit(1);
}
ensureAuthSecret(process.env);
const { getEnv } = await import('../lib/env');
const env = getEnv();
const prepared = prepareDatabase(env.DATABASE_URL);
if (!prepared.ok) {
  console.error(`${prepared.problem}\nNothing was changed.`);
  process.exit(1);
}
const { db } = await import('../lib/db');
printImportResult('content', await importContent(db, 'content'));
await db.$disconnect();
const server = spawn(path.resolve('node_modules', '.bin', 'next'), ['dev', '-p', String(env.PORT)], {
  stdio: 'inherit',
  env: serverEnv(env.SITE_URL, 'development'),
});
server.on('exit', (code) => process.exit(code ?? 0));
