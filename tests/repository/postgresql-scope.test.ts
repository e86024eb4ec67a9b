// tests/integration/on-postgresql.txt decides which integration files run a second time on
// PostgreSQL. A new file must be placed there, run or skip with a reason, or it would silently
// never meet PostgreSQL; a listed file that is gone is a stale line.
import fs from 'node:fs';
import { expect, it } from 'vitest';

const LIST = 'tests/integration/on-postgresql.txt';

function listed(): { verdict: string; file: string; why: string }[] {
  return fs
    .readFileSync(LIST, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [verdict = '', file = '', ...why] = line.trim().split(/\s+/);
      return { verdict, file, why: why.join(' ') };
    });
}

it('names every integration test file once, as run or skip, each with a reason', () => {
  const rows = listed();
  const onDisk = fs
    .readdirSync('tests/integration')
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
  expect(rows.map((r) => r.file).sort()).toEqual(onDisk);
  for (const row of rows) {
    expect(['run', 'skip'], `${row.file}: run or skip`).toContain(row.verdict);
    expect(row.why.length, `${row.file}: why`).toBeGreaterThan(5);
  }
});

it('runs the files where the two databases differ most: claims, races, search', () => {
  const run = new Set(
    listed()
      .filter((r) => r.verdict === 'run')
      .map((r) => r.file),
  );
  for (const file of ['newsletter-digest-senders.test.ts', 'comment-concurrency.test.ts', 'search.test.ts']) {
    expect(run.has(file), file).toBe(true);
  }
});
