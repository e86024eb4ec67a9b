// data/ holds the SQLite database, the generated AUTH_SECRET and captured mail. A fresh clone
// has none and gets an empty folder; anything else in its place is reported, never replaced.
import fs from 'node:fs';

/** Creates `dir` when missing; otherwise a sentence saying what is wrong and what to do. */
export function checkDataDir(dir = 'data'): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      return `${dir} cannot be read (${(err as Error).message}): check its permissions.`;
    fs.mkdirSync(dir, { recursive: true });
    return null;
  }
  if (!stat.isDirectory())
    return `${dir} is a file, not a folder: move it out of the way (a new empty folder is then created) or restore the folder from a backup.`;
  try {
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK);
  } catch {
    return `${dir} is not readable and writable by this user: fix its permissions.`;
  }
  return null;
}
