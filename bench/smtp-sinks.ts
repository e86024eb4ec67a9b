// The SMTP sink the digest figures send into. Two kinds:
// - `postfix`: Postfix's smtp-sink, the C test server Postfix's authors built for exactly this
//   (accept, discard, count). On this 2-core machine the sink shares the cores with the senders
//   and the database; in a deployment the SMTP server is another machine. A sink that costs little
//   CPU leaves the cores to what is measured (docs/0018). `bench/get-smtp-sink.sh` unpacks it
//   from Debian's postfix package without installing a mail server.
// - `node`: smtp-server in a process of its own (bench/node-smtp-sink.ts), always there.
// `auto` (the default) takes Postfix's where it is found.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startGroup, type Started } from './processes';

export const SINK_KINDS = ['auto', 'postfix', 'node'] as const;
export type SinkKind = (typeof SINK_KINDS)[number];

const UNPACKED = path.join('data', 'bench', 'postfix');

/** The smtp-sink binary and the library folder it needs, or null. */
function findPostfixSink(): { bin: string; libDir?: string } | null {
  const fromEnv = process.env.SMTP_SINK_BIN;
  if (fromEnv) return fs.existsSync(fromEnv) ? { bin: fromEnv } : null;
  const unpacked = path.join(UNPACKED, 'usr', 'sbin', 'smtp-sink');
  if (fs.existsSync(unpacked)) return { bin: unpacked, libDir: path.join(UNPACKED, 'usr', 'lib', 'postfix') };
  return fs.existsSync('/usr/sbin/smtp-sink') ? { bin: '/usr/sbin/smtp-sink' } : null;
}

export type Sink = Started & { label: string };

function spawnSink(port: number, workDir: string, kind: SinkKind): Sink {
  const postfix = kind === 'node' ? null : findPostfixSink();
  if (kind === 'postfix' && !postfix)
    throw new Error(
      "--sink postfix: Postfix's smtp-sink was not found; run `bash bench/get-smtp-sink.sh` or set SMTP_SINK_BIN",
    );
  const logFile = path.join(workDir, 'smtp-sink.log');
  if (postfix) {
    const env = { ...process.env };
    if (postfix.libDir)
      env.LD_LIBRARY_PATH = [postfix.libDir, env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter);
    // -c counts sessions and messages; root must name a user to drop to. Backlog 256.
    const root = process.getuid?.() === 0 ? ['-u', 'nobody'] : [];
    const args = [...root, '-c', `127.0.0.1:${port}`, '256'];
    return { ...startGroup(postfix.bin, args, env, logFile), label: "Postfix's smtp-sink (C)" };
  }
  const args = ['--import', 'tsx', path.join('bench', 'node-smtp-sink.ts'), String(port)];
  return { ...startGroup(process.execPath, args, process.env, logFile), label: 'smtp-server (Node, own process)' };
}

async function waitForPort(port: number, sink: Started, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (sink.child.exitCode !== null) throw new Error(`SMTP sink exited; see ${sink.logFile}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`SMTP sink did not listen on ${port}`);
}

/** A sink listening on `port` (stopped again if it never does). */
export async function startSmtpSink(port: number, workDir: string, kind: SinkKind): Promise<Sink> {
  const sink = spawnSink(port, workDir, kind);
  try {
    await waitForPort(port, sink);
  } catch (err) {
    await sink.stop();
    throw err;
  }
  return sink;
}
