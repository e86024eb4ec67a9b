// scripts/serve.ts as plain JavaScript for `npm start`, compiled with esbuild (which tsx brings)
// into the build directory at each start. Under tsx every import() goes through tsx's loader
// thread, and Next imports modules per request: in the profile of a cache hit that message
// passing was ~17% of the server's time (docs/0021-serving-speed.md). Packages stay external, so
// the file resolves them from the project's node_modules as the script does.
import path from 'node:path';
import { buildSync } from 'esbuild';

export const COMPILED_SERVER = 'dispatch-serve.mjs';

/** Compiles `root/scripts/serve.ts` into `buildDir`; returns the file's path. */
export function compileServer(root: string, buildDir: string): string {
  const outfile = path.resolve(root, buildDir, COMPILED_SERVER);
  buildSync({
    entryPoints: [path.resolve(root, 'scripts', 'serve.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  return outfile;
}
