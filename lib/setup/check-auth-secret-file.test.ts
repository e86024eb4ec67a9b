import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAuthSecretFile } from './check-auth-secret-file';

function secretFile(content?: string | Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-secret-')), 'auth-secret');
  if (content !== undefined) fs.writeFileSync(file, content);
  return file;
}

describe('checkAuthSecretFile', () => {
  it('accepts a missing file (one is generated) and a generated-style secret', () => {
    expect(checkAuthSecretFile(secretFile())).toBeNull();
    expect(checkAuthSecretFile(secretFile('q5m7PZ0uXbH8qJbJ3Yk9cWm2oVt4sR1aLdE6fGhN0iU\n'))).toBeNull();
  });

  it.each([
    ['empty', '', /is empty: restore it from a backup, set AUTH_SECRET instead, or delete it/],
    ['blank', ' \n\n', /is empty/],
    ['too short', 'short-secret\n', /does not hold a secret/],
    [
      'binary garbage',
      Buffer.from([
        0, 159, 146, 150, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28,
      ]),
      /does not hold a secret/,
    ],
    ['two lines', 'first-line-of-the-secret-0123456789\nsecond-line-of-the-secret-01234\n', /does not hold a secret/],
  ])('refuses an auth-secret file that is %s, naming it, and leaves its bytes alone', (_name, content, message) => {
    const file = secretFile(content);
    const before = fs.readFileSync(file);
    const problem = checkAuthSecretFile(file);
    expect(problem).toMatch(message);
    expect(problem!.startsWith(file)).toBe(true);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses an auth-secret that cannot be read (here: a folder)', () => {
    const file = secretFile();
    fs.mkdirSync(file);
    expect(checkAuthSecretFile(file)).toMatch(new RegExp(`^${file} cannot be read \\(EISDIR`));
    expect(fs.statSync(file).isDirectory()).toBe(true);
  });
});
