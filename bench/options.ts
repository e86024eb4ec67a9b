// Command-line options of `npm run bench`. Durations and sizes are bounded so a run always ends.
import { parseArgs } from 'node:util';
import { SINK_KINDS, type SinkKind } from './smtp-sinks';

export type BenchOptions = {
  isQuick: boolean;
  /** Seconds of load per HTTP measurement (each side of a comparison gets this much). */
  durationSeconds: number;
  connections: number;
  /** Timed iterations per in-process measurement (also capped by `iterationSeconds`). */
  iterations: number;
  iterationSeconds: number;
  threadComments: number;
  posts: number;
  writers: number;
  queueComments: number;
  queueDepthPages: number;
  subscribers: number;
  basePort: number;
  only: Set<string> | null;
  /** A PostgreSQL server URL for `digest-200k` and `digest-pg-senders` (opt-in: not in the default sections). */
  postgresUrl?: string;
  pgSubscribers: number;
  /** The SMTP sink of the digest figures (bench/smtp-sinks.ts). */
  sink: SinkKind;
};

export const SECTIONS = [
  'pages',
  'comments',
  'queue',
  'weight',
  'lighthouse',
  'digest',
  'digest-200k',
  'digest-pg-senders',
] as const;
/** Sections that run only when named in --only. */
export const OPT_IN_SECTIONS = new Set(['digest-200k', 'digest-pg-senders']);

export const USAGE = `Usage: npm run bench -- [--quick] [--duration SECONDS] [--connections N] [--iterations N]
                       [--subscribers N] [--queue-comments N] [--port N] [--only ${SECTIONS.join(',')}]
                       [--postgres URL] [--pg-subscribers N]   (digest-200k, digest-pg-senders: opt-in, PostgreSQL)
                       [--sink ${SINK_KINDS.join('|')}]   (the digest figures' SMTP sink; auto: Postfix's smtp-sink if found)`;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      connections: { type: 'string' },
      iterations: { type: 'string' },
      subscribers: { type: 'string' },
      'queue-comments': { type: 'string' },
      port: { type: 'string' },
      only: { type: 'string' },
      postgres: { type: 'string' },
      'pg-subscribers': { type: 'string' },
      sink: { type: 'string', default: 'auto' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const isQuick = values.quick ?? false;
  const number = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number from ${min} to ${max}`);
    return n;
  };
  const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : null;
  for (const name of only ?? [])
    if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`--only: unknown section "${name}"`);
  const sink = values.sink as SinkKind;
  if (!SINK_KINDS.includes(sink)) throw new Error(`--sink must be one of ${SINK_KINDS.join(', ')}`);
  return {
    isQuick,
    durationSeconds: number('duration', values.duration, isQuick ? 3 : 15, 1, 300),
    connections: number('connections', values.connections, 50, 1, 1000),
    iterations: number('iterations', values.iterations, isQuick ? 100 : 500, 10, 100_000),
    iterationSeconds: isQuick ? 10 : 30,
    threadComments: 5000,
    posts: isQuick ? 200 : 1000,
    writers: 20,
    queueComments: number('queue-comments', values['queue-comments'], 100_000, 1000, 1_000_000),
    queueDepthPages: 50,
    subscribers: number('subscribers', values.subscribers, isQuick ? 2000 : 10_000, 10, 100_000),
    basePort: number('port', values.port, 3510, 1024, 65_000),
    only,
    postgresUrl: values.postgres,
    pgSubscribers: number('pg-subscribers', values['pg-subscribers'], 200_000, 100, 1_000_000),
    sink,
  };
}
