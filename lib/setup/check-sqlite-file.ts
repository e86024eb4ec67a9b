import Database from 'better-sqlite3';

/** Opens a SQLite file the way the app will, to turn "External error" into what is wrong. */
export function checkSqliteFile(url: string): string | null {
  if (!url.startsWith('file:')) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(url.replace(/^file:/, ''), { timeout: 2000 });
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
