import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectWithoutNagle } from './connect-without-nagle';

let server: net.Server;
let port = 0;
beforeAll(async () => {
  server = net.createServer((s) => s.end('220 hello\r\n'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const connect = (options: Parameters<typeof connectWithoutNagle>[0]) =>
  new Promise<{ calls: number; err: Error | null; socket?: net.Socket }>((resolve) => {
    let calls = 0;
    connectWithoutNagle(options, (err, result) => {
      calls++;
      // A second call would change the count after this settles.
      setTimeout(() => resolve({ calls, err, socket: result?.connection }), 50);
    });
  });

it('hands over a connected socket, once', async () => {
  const { calls, err, socket } = await connect({ host: '127.0.0.1', port });
  expect(calls).toBe(1);
  expect(err).toBeNull();
  expect(socket!.remotePort).toBe(port);
  socket!.destroy();
});

it('reports a refused connection once, as an error nodemailer passes on', async () => {
  const closed = net.createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const closedPort = (closed.address() as net.AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const { calls, err } = await connect({ host: '127.0.0.1', port: closedPort });
  expect(calls).toBe(1);
  expect((err as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
});
