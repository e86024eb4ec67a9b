// A throwaway Dovecot IMAP server on loopback for the bounce-mailbox tests (Debian's
// dovecot-imapd; .ci/run installs it): its own configuration, passwd file and maildir in a temp
// directory, no system configuration, plain IMAP on 127.0.0.1 (no TLS on loopback).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { freePort } from './free-port';

const BINARY = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((p) => fs.existsSync(p)) ?? 'dovecot';

export const hasDovecot = spawnSync(BINARY, ['--version']).status === 0;

export type Dovecot = {
  port: number;
  user: string;
  password: string;
  /** BOUNCE_IMAP_URL for this server; `password` to try a wrong one. */
  url: (password?: string) => string;
  /** A client logged in as the mailbox's user (the test's own hands: APPEND, MOVE, STATUS). */
  connect: () => Promise<ImapFlow>;
  stop: () => Promise<void>;
};

export async function startDovecot(): Promise<Dovecot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-dovecot-'));
  fs.chmodSync(dir, 0o755); // the mail processes run as another user when we are root
  const port = await freePort();
  const user = 'bounces';
  const password = 'mailbox-password-for-tests';
  fs.writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}\n`);
  const mail = path.join(dir, 'mail');
  fs.mkdirSync(mail);
  // Dovecot gives mail to no root process: as root, the mailbox belongs to nobody.
  const isRoot = process.getuid?.() === 0;
  const uid = isRoot ? Number(spawnSync('id', ['-u', 'nobody']).stdout.toString().trim()) : process.getuid!();
  const gid = isRoot ? Number(spawnSync('id', ['-g', 'nobody']).stdout.toString().trim()) : process.getgid!();
  if (isRoot) fs.chownSync(mail, uid, gid);
  const me = os.userInfo().username;
  const conf = path.join(dir, 'dovecot.conf');
  fs.writeFileSync(
    conf,
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = /dev/stderr
${isRoot ? '' : `default_internal_user = ${me}\ndefault_login_user = ${me}\n`}protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:${mail}/%u
passdb {
  driver = passwd-file
  args = ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${mail}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`,
  );
  const child = spawn(BINARY, ['-F', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (c: Buffer) => (log += c));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  for (let i = 0; !(await isReady(port)); i++) {
    if (i > 100 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`dovecot did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = (pass = password) => `imap://${user}:${encodeURIComponent(pass)}@127.0.0.1:${port}/INBOX`;
  return {
    port,
    user,
    password,
    url,
    connect: async () => {
      const client = new ImapFlow({
        host: '127.0.0.1',
        port,
        secure: false,
        auth: { user, pass: password },
        logger: false,
        disableAutoIdle: true,
      });
      await client.connect();
      return client;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ready once the greeting says so: before its auth process is up, Dovecot greets with "Waiting…". */
function isReady(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let greeting = '';
    const done = (ok: boolean) => (socket.destroy(), resolve(ok));
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('data', (c: Buffer) => {
      greeting += c.toString();
      if (/ready/i.test(greeting)) done(true);
      else if (greeting.includes('\n') && !/waiting/i.test(greeting)) done(false);
    });
  });
}
