// npm run dev: the same preparation as npm start, then the development server.
import './lib/load-env-files';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { importContent } from '../lib/content/import-content';
import { ensureAuthSecret } from '../lib/setup/ensure-auth-secret';
import { migrateDatabase } from '../lib/setup/migrate-database';
import { printImportResult } from './lib/print-import-result';
import { serverEnv } from './lib/server-env';

ensureAuthSecret(process.env);
const { getEnv } = await import('../lib/env');
const env = getEnv();
migrateDatabase(env.DATABASE_URL);
const { db } = await import('../lib/db');
printImportResult('content', await importContent(db, 'content'));
await db.$disconnect();
const server = spawn(path.resolve('node_modules', '.bin', 'next'), ['dev', '-p', String(env.PORT)], { stdio: 'inherit', env: serverEnv(env.SITE_URL, 'development') });
server.on('exit', (code) => process.exit(code ?? 0));
