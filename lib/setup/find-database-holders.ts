// Which other processes have a SQLite file open, to name them when the database is locked.
// Linux only (/proc/<pid>/fd); elsewhere, or for processes of other users, it finds nothing and
// the message falls back to its examples.
import fs from 'node:fs';
import path from 'node:path';

export type DatabaseHolder = { pid: number; command: string };

export function findDatabaseHolders(file: string): DatabaseHolder[] {
  const target = path.resolve(file);
  const names = new Set([target, `${target}-wal`, `${target}-shm`, `${target}-journal`]);
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return [];
  }
  const holders: DatabaseHolder[] = [];
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or another user's
    }
    const isHolding = fds.some((fd) => {
      try {
        return names.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
    if (!isHolding) continue;
    let command = '';
    try {
      command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    } catch {}
    holders.push({
      pid: Number(pid),
      command: command.length > 160 ? `${command.slice(0, 157)}...` : command || '(unknown)',
    });
  }
  return holders;
}

/** The sentence for a locked database, naming what has it open when that can be found. */
export function databaseLockedMessage(file: string, detail?: string): string {
  const holders = findDatabaseHolders(file);
  const named =
    holders.length > 0 ? ` It is open in: ${holders.map((h) => `pid ${h.pid} (${h.command})`).join('; ')}.` : '';
  return `The database ${file} is locked by another process — e.g. a running \`npm run digest\` or another \`npm start\`${detail ? ` (${detail})` : ''}.${named} Let it finish or stop it, then try again.`;
}
