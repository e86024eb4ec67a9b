// Which content folder an article or video came from, spelled one way however the folder was
// named on the command line: relative to the project when inside it (`content`, as `npm start`
// imports it on every machine), otherwise absolute (`/home/desk/batch`).
import path from 'node:path';

export function contentFolderKey(dir: string): string {
  const absolute = path.resolve(dir);
  const relative = path.relative(process.cwd(), absolute);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

/** For rows imported before the folder was kept: the folder above `articles/` or `videos/`. */
export function contentFolderOfFile(sourcePath: string): string {
  return contentFolderKey(path.dirname(path.dirname(sourcePath)));
}
