// npm run content:import -- [DIR] [--prune]: imports a folder of articles and videos (default
// content/). Stories whose files are gone from that same folder are unpublished; with --prune,
// every story not in the folder is. What will be unpublished is printed before it is.
import './lib/load-env-files';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { publishInvalidation } from '../lib/cache/invalidation-log';
import { requestRevalidation } from '../lib/cache/revalidation-request';
import { importContent } from '../lib/content/import-content';
import { db } from '../lib/db';
import { loadCommandConfig } from './lib/load-command-config';
import { printImportResult, printUnpublishPlan } from './lib/print-import-result';

const usage = 'Usage: npm run content:import -- [DIR] [--prune]';
let args;
try {
  args = parseArgs({ options: { prune: { type: 'boolean', default: false } }, allowPositionals: true });
} catch (err) {
  console.error(`${(err as Error).message}\n${usage}`);
  process.exit(2);
}
if (args.positionals.length > 1) {
  console.error(usage);
  process.exit(2);
}
const dir = args.positionals[0] ?? 'content';
// A mistyped folder would import nothing; with --prune it would unpublish the whole site.
if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
  console.error(`${dir} is not a folder: nothing was imported or unpublished.`);
  process.exit(1);
}
const env = loadCommandConfig();
const result = await importContent(db, dir, { prune: args.values.prune, onUnpublish: printUnpublishPlan });
printImportResult(dir, result);
// Every server follows the log within seconds; the one on this machine is also asked at once.
await publishInvalidation(db, result.changedPaths);
if (result.changedPaths.length > 0 && env.AUTH_SECRET) {
  const outcome = await requestRevalidation(env.AUTH_SECRET, env.PORT, result.changedPaths).catch((err: Error) => {
    console.warn(`Could not refresh the running server's cache: ${err.message}`);
    return 'failed';
  });
  if (outcome === 'done') console.log(`Refreshed ${result.changedPaths.length} cached page(s) on the running server.`);
}
await db.$disconnect();
process.exitCode = result.errors.length > 0 ? 1 : 0;
