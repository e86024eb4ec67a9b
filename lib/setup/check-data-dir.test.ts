import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from './check-data-dir';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-data-dir-'));

describe('checkDataDir', () => {
  it('creates a missing data folder', () => {
    const dir = path.join(tempDir(), 'data');
    expect(checkDataDir(dir)).toBeNull();
    expect(fs.statSync(dir).isDirectory()).toBe(true);
  });

  it('accepts an existing folder and leaves what is in it alone', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'dispatch.db'), 'keep');
    expect(checkDataDir(dir)).toBeNull();
    expect(fs.readFileSync(path.join(dir, 'dispatch.db'), 'utf8')).toBe('keep');
  });

  it('refuses a file where the folder should be, naming it, and does not touch it', () => {
    const file = path.join(tempDir(), 'data');
    fs.writeFileSync(file, 'not a folder');
    expect(checkDataDir(file)).toMatch(new RegExp(`^${file} is a file, not a folder: move it out of the way`));
    expect(fs.readFileSync(file, 'utf8')).toBe('not a folder');
  });
});
