// Holds back an HTML response until it is complete, then sends it with a Content-Security-Policy
// that allows the inline scripts Next.js and React wrote into it, and no others (docs/0011).
// Other responses pass straight through, so media and script files still stream. HTML here is
// small and, for cached pages, already complete when Next.js writes it, so holding it costs little.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { htmlContentSecurityPolicy } from '../security/content-security-policy';

type Chunk = string | Buffer | Uint8Array;
type Callback = (err?: Error | null) => void;

// Cached pages come with an ETag that Next.js derives from their bytes; with the length it names
// one page version, so its policy is computed once (hashing was ~15% of a cache hit's cost).
const policies = new Map<string, string>();
const MAX_POLICIES = 1000;

function policyFor(body: Buffer, etag: unknown): string {
  const key = typeof etag === 'string' ? `${etag}:${body.length}` : undefined;
  const known = key ? policies.get(key) : undefined;
  if (known) return known;
  const policy = htmlContentSecurityPolicy(body.toString('utf8'));
  if (key) {
    if (policies.size >= MAX_POLICIES) policies.delete(policies.keys().next().value!);
    policies.set(key, policy);
  }
  return policy;
}

export function hashHtmlScripts(req: IncomingMessage, res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (chunk: Chunk, cb?: Callback) => boolean;
  const end = res.end.bind(res) as (chunk?: Chunk, cb?: () => void) => ServerResponse;
  let mode: 'undecided' | 'hold' | 'pass' = 'undecided';
  let heldHead: unknown[] | undefined;
  const chunks: Buffer[] = [];

  const decide = () => {
    // A 304 refreshes the headers of the page the browser kept; the policy that page came with
    // holds its hashes, and a hash-less one here would replace it and block its scripts.
    if (res.statusCode === 304) res.removeHeader('Content-Security-Policy');
    if (mode !== 'undecided') return;
    const type = String(res.getHeader('content-type') ?? '');
    mode = type.startsWith('text/html') && req.method !== 'HEAD' ? 'hold' : 'pass';
  };
  const toBuffer = (chunk: Chunk, encoding?: unknown) =>
    typeof chunk === 'string'
      ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding)
      : Buffer.from(chunk);

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    // Headers passed here decide the content type too; move them onto the response first.
    const headers = rest.find((r) => r && typeof r === 'object') as OutgoingHttpHeaders | unknown[] | undefined;
    if (Array.isArray(headers))
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
    else if (headers) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    const message = rest.find((r) => typeof r === 'string');
    decide();
    if (mode === 'pass') return message ? writeHead(status, message) : writeHead(status);
    if (message) res.statusMessage = message as string;
    heldHead = [status];
    return res;
  }) as ServerResponse['writeHead'];

  // Next.js flushes headers before its first chunk; an HTML response's wait until its end.
  const flushHeaders = res.flushHeaders.bind(res);
  res.flushHeaders = () => {
    decide();
    if (mode === 'pass') flushHeaders();
  };

  res.write = ((chunk: Chunk, encoding?: unknown, cb?: unknown) => {
    decide();
    if (mode === 'pass') return (write as (...a: unknown[]) => boolean)(chunk, encoding, cb);
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : cb;
    if (typeof done === 'function') process.nextTick(done as Callback);
    return true;
  }) as ServerResponse['write'];

  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    if (typeof chunk === 'function') return end(undefined, chunk as () => void);
    decide();
    if (mode === 'pass') return (end as (...a: unknown[]) => ServerResponse)(chunk, encoding, cb);
    if (chunk) chunks.push(toBuffer(chunk as Chunk, encoding));
    const body = Buffer.concat(chunks);
    res.setHeader('Content-Security-Policy', policyFor(body, res.getHeader('etag')));
    if (res.hasHeader('content-length')) res.setHeader('Content-Length', body.length);
    // From here Node sends the head itself (through writeHead), so let it through.
    mode = 'pass';
    if (heldHead) writeHead(heldHead[0]);
    return end(body, (typeof encoding === 'function' ? encoding : cb) as () => void);
  }) as ServerResponse['end'];
}
