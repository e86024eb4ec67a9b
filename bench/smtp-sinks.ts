// The SMTP sink the digest figures send into. Two kinds:
// - `postfix`: Postfix's smtp-sink, the C test server Postfix's authors built for exactly this
//   (accept, discard, count). On this 2-core machine the sink shares the cores with the senders
//   and the database; in a deployment the SMTP server is another machine. A sink that costs little
//   CPU leaves the cores to what is measured (docs/0018). `bench/get-smtp-sink.sh` unpacks it
//   from Debian's postfix package without installing a mail server.
// - `node`: smtp-server in a process of its own (bench/smtp-sink.ts), always there.
// `auto` (the default) takes Postfix's where it is found.
import fs from 'node:fs';
import path from 'node:path';
import { startGroup, type Started } from './processes';

export type SinkKind = 'auto' | 'postfix' | 'node';

const UNPACKED = path.join('data', 'bench', 'postfix');

/** The smtp-sink binary and the library folder it needs, or null. */
export function findPostfixSink(): { bin: string; libDir?: string } | null {
  const fromEnv = process.env.SMTP_SINK_BIN;
  if (fromEnv) return fs.existsSync(fromEnv) ? { bin: fromEnv } : null;
  const unpacked = path.join(UNPACKED, 'usr', 'sbin', 'smtp-sink');
  if (fs.existsSync(unpacked)) return { bin: unpacked, libDir: path.join(UNPACKED, 'usr', 'lib', 'postfix') };
  return fs.existsSync('/usr/sbin/smtp-sink') ? { bin: '/usr/sbin/smtp-sink' } : null;
}

export type Sink = Started & { label: string };

export function startSmtpSink(port: number, workDir: string, kind: SinkKind): Sink {
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
  return {
    ...startGroup(
      process.execPath,
      ['--import', 'tsx', path.join('bench', 'smtp-sink.ts'), String(port)],
      process.env,
      logFile,
    ),
    label: 'smtp-server (Node, own process)',
  };
}
