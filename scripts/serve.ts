// The production server behind `npm start`: Next.js's own request handler, with responses
// compressed here and every HTML page sent with a script policy hashed from its inline scripts
// (lib/security/hash-html-scripts.ts). Next's built-in compression is off (next.config.ts) so
// the hashing sees plain HTML.
import './lib/load-env-files';
import compression from 'compression';
import http from 'node:http';
import next from 'next';
import { hashHtmlScripts } from '../lib/security/hash-html-scripts';
import { runShutdownTasks } from '../lib/setup/shutdown-tasks';

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
const compress = compression();

await app.prepare();
const server = http.createServer((req, res) => {
  compress(req as never, res as never, () => {
    hashHtmlScripts(req, res);
    void handle(req, res);
  });
});
server.listen(port, () => console.log(`▸ Ready on port ${port}`));

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
