// `import 'server-only'` makes a module throw anywhere but in a React Server Component, a route
// handler or a server action: a client component that imports it fails the build. The other
// way round matters too: command-line scripts, the production server's own layer (lib/platform,
// loaded outside Next), the Playwright suite and the bench run in plain Node, where the marker
// would throw. This test walks the import graph from each of those and fails if it reaches one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['app', 'components', 'lib', 'emails', 'scripts', 'bench', 'e2e'];
const files = new Set<string>();
function walk(dir: string) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated' && entry.name !== 'node_modules') walk(full);
    } else if (/\.(ts|tsx|mjs)$/.test(entry.name)) files.add(full);
  }
}
ROOTS.forEach(walk);
for (const f of fs.readdirSync('.')) if (/\.(ts|mjs)$/.test(f)) files.add(f);

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(spec: string, from: string): string | undefined {
  const base = spec.startsWith('@/')
    ? spec.slice(2)
    : spec.startsWith('.')
      ? path.join(path.dirname(from), spec)
      : undefined;
  if (base === undefined) return undefined;
  return ['', '.ts', '.tsx', '/index.ts'].map((e) => path.normalize(base + e)).find((p) => files.has(p));
}

const graph = new Map<string, string[]>();
const marked = new Set<string>();
for (const f of files) {
  const source = fs.readFileSync(f, 'utf8');
  if (/^import 'server-only';$/m.test(source)) marked.add(f);
  graph.set(
    f,
    [...source.matchAll(IMPORT)].map((m) => resolve(m[1] ?? m[2]!, f)).filter((p): p is string => Boolean(p)),
  );
}

/** Every path from `start` to a marked module, as a readable chain. */
function reachesMarked(start: string): string | undefined {
  const seen = new Map<string, string>([[start, start]]);
  const queue = [start];
  while (queue.length) {
    const at = queue.shift()!;
    if (marked.has(at) && at !== start) return seen.get(at);
    for (const next of graph.get(at) ?? []) {
      if (seen.has(next)) continue;
      seen.set(next, `${seen.get(at)} → ${next}`);
      queue.push(next);
    }
  }
  return undefined;
}

const isClient = (f: string) => /^\s*['"]use client['"]/.test(fs.readFileSync(f, 'utf8'));
const plainNode = [...files].filter(
  (f) =>
    /^(scripts|bench|e2e|lib\/platform)\//.test(f) ||
    (!f.includes('/') && !/^(next-env\.d|instrumentation)\.ts$/.test(f)),
);

describe("import 'server-only'", () => {
  it('marks the modules only the Next app uses', () => {
    expect(marked.size).toBeGreaterThan(10);
  });

  it('is never reached from code that runs in plain Node or in the browser', () => {
    const chains = [...plainNode, ...[...files].filter(isClient)].map(reachesMarked).filter(Boolean);
    expect(chains).toEqual([]);
  });
});
