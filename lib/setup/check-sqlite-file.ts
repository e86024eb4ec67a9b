import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Opens a SQLite file the way the app will, to turn "External error" into what is wrong. */
export function checkSqliteFile(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const file = url.replace(/^file:/, '');
  let db: Database.Database | undefined;
  try {
    // A new database starts as a new file in a new folder, as the app's adapter would create it.
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { timeout: 2000 });
    db.pragma('schema_version');
    db.prepare('BEGIN IMMEDIATE').run();
    db.prepare('ROLLBACK').run();
    return null;
  } catch (err) {
    const message = (err as Error).message;
    if (/not a database|malformed|corrupt/i.test(message)) return `the file is not a readable SQLite database (${message})`;
    if (/locked|busy/i.test(message)) return `the database is locked by another program (${message})`;
    return message;
  } finally {
    db?.close();
  }
}
