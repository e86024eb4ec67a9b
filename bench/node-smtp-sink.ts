// A local SMTP server that accepts every message and discards it, counting what it received.
// Run as its own process so the sink does not share an event loop with the sender it measures.
import { SMTPServer } from 'smtp-server';

const port = Number(process.argv[2]);
if (!port) throw new Error('usage: node-smtp-sink.ts PORT');
let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, _session, callback) {
    stream.on('end', () => {
      received += 1;
      callback();
    });
    stream.resume();
  },
});
server.listen(port, '127.0.0.1', () => console.log(`smtp sink on ${port}`));
process.on('SIGTERM', () => {
  console.log(`received ${received} messages`);
  server.close(() => process.exit(0));
});
