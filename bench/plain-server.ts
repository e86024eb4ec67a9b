// The baseline: a bare Node http server answering every request with the same bytes, read once
// from a file, with the headers the real page sends that matter for size. Run as its own process.
import fs from 'node:fs';
import http from 'node:http';

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: plain-server.ts FILE PORT');
const body = fs.readFileSync(file);
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length) };

http
  .createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`plain server on ${port}, ${body.length} bytes`));
