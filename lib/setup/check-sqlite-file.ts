// Opens the SQLite file the way the app will, before the migrations touch it, to turn
// "External error" into a sentence that names the file and says what to do. It never writes, and
// only reads: a writer or reader elsewhere (npm run digest, a backup) must not stop a start that
// has nothing to migrate (scripts/start.ts asks for the write lock only when it has).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseLockedMessage } from './find-database-holders';

export function checkSqliteFile(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  const file = url.replace(/^file:/, '');
  // A new database starts as a new file in a new folder, as the app's adapter would create it;
  // the migrations create the file, so a missing one is fine and is not created here.
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (!fs.existsSync(file)) return null;
  if (fs.statSync(file).isDirectory())
    return `The database ${file} is a folder, not a SQLite file: move it away or set DATABASE_URL to the right file.`;
  // An empty main file with an empty or no write-ahead log held no data: it was truncated.
  if (fs.statSync(file).size === 0 && !(fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0)) {
    return `The database ${file} is empty (0 bytes), so its data is gone: restore it from a backup, or delete the empty file to start with a new database.`;
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 2000 });
    db.pragma('schema_version');
    return null;
  } catch (err) {
    const message = (err as Error).message;
    if (/not a database|malformed|corrupt/i.test(message)) {
      return `The database ${file} is not a readable SQLite database (${message}): restore it from a backup, or move it away to start with a new database.`;
    }
    if (/locked|busy/i.test(message)) return databaseLockedMessage(file, message);
    return `The database ${file} cannot be opened (${message}): check the file and its folder's permissions.`;
  } finally {
    db?.close();
  }
}
