// The real start path: `tsx scripts/start.ts` with PORT and DATABASE_URL pointing at the bench
// database (migrations, demo content import, build when stale, scripts/serve.ts), in its own
// process group so stopping it also stops the server.
import path from 'node:path';
import { startGroup, waitForHttp, type Started } from './processes';

export type SiteServer = Started & { origin: string };

export async function startSite(port: number, databaseUrl: string, workDir: string): Promise<SiteServer> {
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, SITE_URL: origin, NODE_ENV: 'production' };
  delete env.SMTP_URL; // site mail is captured locally; only the digest bench talks to the sink
  const started = startGroup(path.resolve('node_modules', '.bin', 'tsx'), ['scripts/start.ts'], env, path.join(workDir, 'site.log'));
  // A first start builds the site, which takes minutes on two cores.
  await waitForHttp(`${origin}/robots.txt`, started, 20 * 60_000);
  return { ...started, origin };
}
