// A connected socket with Nagle's algorithm off, for nodemailer's getSocket hook. With it on, a
// message's last small write (the end-of-data mark) waits for the server's delayed
// acknowledgement, up to 40 ms on Linux, so one connection sends about 23 messages a second
// (docs/0018). nodemailer then speaks SMTP (and TLS, for smtps) over this socket as over its own.
import net from 'node:net';

export type SocketRequest = { host?: string; port?: number | string; secure?: boolean; connectionTimeout?: number };
type Callback = (err: Error | null, socketOptions?: { connection: net.Socket }) => void;

export function connectWithoutNagle(options: SocketRequest, callback: Callback): void {
  // nodemailer's own defaults when the URL names no host or port.
  const host = options.host || 'localhost';
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = net.connect({ host, port, noDelay: true, keepAlive: true });
  let isSettled = false;
  const settle = (err: Error | null) => {
    if (isSettled) return;
    isSettled = true;
    socket.off('error', settle);
    socket.setTimeout(0);
    if (err) {
      socket.destroy();
      callback(err);
    } else callback(null, { connection: socket });
  };
  socket.once('error', settle);
  socket.once('connect', () => settle(null));
  socket.setTimeout(options.connectionTimeout ?? 10_000, () =>
    settle(Object.assign(new Error(`Connection timeout to ${host}:${port}`), { code: 'ETIMEDOUT' })),
  );
}
