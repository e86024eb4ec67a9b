// The README's layout block is the map a newcomer reads first; this keeps it true. Every
// top-level folder, every lib/ domain and every components/ feature folder in the tree is named
// in the block, and everything the block names exists.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = fs.readFileSync('README.md', 'utf8');
const block = /## Architecture[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

/** Folders named at the top level of the block, and under a given top-level folder. */
function named(under?: string): string[] {
  const names: string[] = [];
  let current = '';
  for (const line of block.split('\n')) {
    const top = /^(\.?[\w-]+)\/\s/.exec(line);
    if (top) current = top[1]!;
    const nested = /^ {2}([\w-]+)\/\s/.exec(line);
    if (!under && top) names.push(top[1]!);
    if (under && nested && current === under) names.push(nested[1]!);
  }
  return names.sort();
}

/** Folders git tracks (so build output, data and dependencies never count). */
function trackedFolders(dir = '.'): string[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', dir], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  const depth = dir === '.' ? 0 : dir.split('/').length;
  return [
    ...new Set(
      files
        .map((f) => f.split('/'))
        .filter((parts) => parts.length > depth + 1)
        .map((parts) => parts[depth]!),
    ),
  ].sort();
}

describe('README layout block', () => {
  it('names every top-level folder, and only folders that exist', () => {
    expect(block).not.toBe('');
    expect(named()).toEqual(trackedFolders());
  });

  it('names every lib/ domain and components/ feature folder', () => {
    expect(named('lib')).toEqual(trackedFolders('lib'));
    expect(named('components')).toEqual(trackedFolders('components'));
  });

  it('points users at nothing outside the repository', () => {
    expect(readme).not.toMatch(/\.\.\/shared|PRODUCT\.md/);
  });
});
