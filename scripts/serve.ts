// The production server behind `npm start`: Next.js's own request handler, with responses
// compressed here and every HTML page sent with a script policy that hashes the inline scripts
// Next.js and React wrote into it, and no others (lib/platform/hash-html-scripts.ts, docs/0011). Next's built-in compression is off (next.config.ts) so
// the hashing sees plain HTML.
import './lib/load-env-files';
import compression from 'compression';
import http from 'node:http';
import next from 'next';
import { getEnv } from '../lib/env';
import { identifyClient, refuseRequest, type Refusal } from '../lib/platform/guard-request';
import { hashHtmlScripts } from '../lib/platform/hash-html-scripts';
import { createResponseCache } from '../lib/platform/response-cache';
import { securityHeaders, STRICT_TRANSPORT_SECURITY } from '../lib/security/security-headers';
import { runShutdownTasks } from '../lib/platform/shutdown-tasks';
import { serveOlderBuildAsset } from '../lib/platform/older-build-scripts';
import { cacheIdentity, currentBuild, registerServer } from '../lib/setup/build-directory';

// The build this server serves for its whole life: the one npm start chose, else the current
// one. No later build writes into it (docs/0013-builds.md).
const buildDir = process.env.DISPATCH_BUILD_DIR || currentBuild('.');
if (!buildDir) {
  console.error('No build to serve: run npm start (it builds first).');
  process.exit(1);
}
process.env.DISPATCH_BUILD_DIR = buildDir;
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
const compress = compression();
const env = getEnv();
const isHttps = env.SITE_URL.startsWith('https:');
const refusalHeaders = securityHeaders({ dev: false, https: isHttps });
// Shared pages kept for a few seconds, sent without Next (lib/platform/response-cache.ts, docs/0021).
const responses = createResponseCache();

// A plain answer with the site's security headers. The body is read and dropped (up to a cap,
// then the connection is cut), so the client gets to read the answer instead of a reset.
const DISCARD_CAP = 16 * 1024 * 1024;
function refuse(req: http.IncomingMessage, res: http.ServerResponse, refusal: Refusal): void {
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_CAP) req.destroy();
  });
  req.resume();
  for (const { key, value } of refusalHeaders) res.setHeader(key, value);
  res.writeHead(refusal.status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${refusal.message}\n`);
}

await app.prepare();
const server = http.createServer((req, res) => {
  // First: a kept page was answered by Next for this very address, after the checks below.
  if (responses.serve(req, res)) return;
  identifyClient(req, env.TRUST_PROXY);
  const refusal = refuseRequest(req);
  if (refusal) return refuse(req, res, refusal);
  // From SITE_URL at run time, so a new public address needs no new build.
  if (isHttps) res.setHeader(STRICT_TRANSPORT_SECURITY.key, STRICT_TRANSPORT_SECURITY.value);
  if (serveOlderBuildAsset(req, res, buildDir)) return;
  // A refresh of the page cache (an import, another instance's) drops the kept pages too.
  if (req.method === 'POST' && req.url === '/api/revalidate')
    res.once('finish', () => res.statusCode === 200 && responses.clear());
  compress(req as never, res as never, () => {
    responses.watch(req, res);
    hashHtmlScripts(req, res);
    void handle(req, res);
  });
});
server.listen(port, () => {
  // Listed while running: its build is kept, and a start on the same port can name it.
  const unregister = registerServer('.', {
    pid: process.pid,
    port,
    buildDir,
    siteUrl: env.SITE_URL,
    cacheId: cacheIdentity(env.DATABASE_URL, env.SITE_URL),
    startedAt: new Date().toISOString(),
  });
  process.once('exit', unregister);
  console.log(`▸ Ready on port ${port} (build ${buildDir})`);
});

// Stop taking requests, finish the registered shutdown work (buffered page views), then exit once
// the requests in flight are answered, or after 5 s.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
    void runShutdownTasks()
      .then(() => closed)
      .then(() => process.exit(0));
  });
}
