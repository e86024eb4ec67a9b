// npm run content:import -- [DIR]: imports a folder of articles and videos (default content/).
import './lib/load-env-files';
import { publishInvalidation } from '../lib/cache/invalidation-log';
import { requestRevalidation } from '../lib/cache/revalidation-request';
import { importContent } from '../lib/content/import-content';
import { db } from '../lib/db';
import { getEnv } from '../lib/env';
import { printImportResult } from './lib/print-import-result';

const dir = process.argv[2] ?? 'content';
const env = getEnv();
const result = await importContent(db, dir);
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
