import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkSqliteFile } from './check-sqlite-file';

const dbFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-sqlite-')), 'data', 'dispatch.db');

function expectUnchanged(file: string, check: () => void): void {
  const before = fs.readFileSync(file);
  check();
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
}

describe('checkSqliteFile', () => {
  it('accepts a missing file (the migrations create it) and creates its folder, but not the file', () => {
    const file = dbFile();
    expect(checkSqliteFile(`file:${file}`)).toBeNull();
    expect(fs.existsSync(path.dirname(file))).toBe(true);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('accepts a healthy database', () => {
    const file = dbFile();
    fs.mkdirSync(path.dirname(file));
    new Database(file).exec('CREATE TABLE t (x)').close();
    expect(checkSqliteFile(`file:${file}`)).toBeNull();
  });

  it('refuses a garbage file, naming it, without changing a byte', () => {
    const file = dbFile();
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, Buffer.alloc(8192, 'garbage! '));
    expectUnchanged(file, () =>
      expect(checkSqliteFile(`file:${file}`)).toMatch(
        new RegExp(`^The database ${file} is not a readable SQLite database .*: restore it from a backup`),
      ),
    );
  });

  it('refuses a zero-byte file: its data is gone, and migrating it would hide that', () => {
    const file = dbFile();
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '');
    expectUnchanged(file, () =>
      expect(checkSqliteFile(`file:${file}`)).toMatch(
        new RegExp(`^The database ${file} is empty \\(0 bytes\\).*delete the empty file`),
      ),
    );
  });

  it('refuses a database another program holds locked, and says to stop it', () => {
    const file = dbFile();
    fs.mkdirSync(path.dirname(file));
    const other = new Database(file);
    other.exec('CREATE TABLE t (x)');
    other.exec('BEGIN EXCLUSIVE');
    try {
      expect(checkSqliteFile(`file:${file}`)).toMatch(
        new RegExp(
          `^The database ${file} is locked by another process — e\\.g\\. a running \`npm run digest\` or another \`npm start\``,
        ),
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});
