// The real start path: `tsx scripts/start.ts` with PORT and DATABASE_URL pointing at the bench
// database (migrations, demo content import, build when stale, scripts/serve.ts), in its own
// process group so stopping it also stops the server. It runs from a copy of the project under
// data/bench/site (lib/setup/copy-project.ts): its own build directory and page cache, so a site
// running from this folder keeps its build, cache and data whatever the bench does (issue 18).
import fs from 'node:fs';
import path from 'node:path';
import { currentBuild, liveServers } from '../lib/setup/build-directory';
import { copyProject } from '../lib/setup/copy-project';
import { startGroup, waitForHttp, type Started } from './processes';

export type SiteServer = Started & { origin: string; buildDir: () => string; serverPid: () => number | undefined };

export async function startSite(port: number, databaseUrl: string, workDir: string): Promise<SiteServer> {
  const origin = `http://127.0.0.1:${port}`;
  const siteDir = path.join(workDir, 'site');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    SITE_URL: origin,
    NODE_ENV: 'production',
  };
  delete env.SMTP_URL; // site mail is captured locally; only the digest bench talks to the sink
  const tsx = path.resolve('node_modules', '.bin', 'tsx');
  // The build of this code, here (Turbopack builds only where node_modules really is): into a
  // directory of its own when the code changed, minutes on two cores; running servers keep theirs.
  const build = startGroup(tsx, ['scripts/start.ts', '--build-only'], env, path.join(workDir, 'build.log'));
  const code = await new Promise<number | null>((resolve) => build.child.once('exit', resolve));
  if (code !== 0) throw new Error(`the build failed; see ${build.logFile}`);
  fs.rmSync(siteDir, { recursive: true, force: true });
  copyProject('.', siteDir);
  const started = startGroup(tsx, ['scripts/start.ts'], env, path.join(workDir, 'site.log'), siteDir);
  await waitForHttp(`${origin}/robots.txt`, started, 5 * 60_000);
  return {
    ...started,
    origin,
    buildDir: () => path.join(siteDir, currentBuild(siteDir) ?? '.next'),
    // The serving process itself (not the npm start wrapper), as it registers.
    serverPid: () => liveServers(siteDir).find((s) => s.port === port)?.pid,
  };
}
