import net, { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../tests/helpers/free-port';
import { checkSmtp } from './check-smtp';

describe('checkSmtp', () => {
  it('warns, naming SMTP_URL but not its password, when nothing answers', async () => {
    const port = await freePort();
    const problem = await checkSmtp(`smtp://user:secret@127.0.0.1:${port}`, 1000);
    expect(problem).toMatch(
      new RegExp(`^SMTP_URL \\(smtp://127.0.0.1:${port}\\) does not answer \\(.*ECONNREFUSED.*\\): the site starts`),
    );
    expect(problem).not.toContain('secret');
  });

  it('gives up after the timeout when a server accepts the connection but never greets', async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const started = Date.now();
    const problem = await checkSmtp(`smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`, 300);
    silent.close();
    expect(problem).toMatch(/does not answer/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('is quiet when a real SMTP server answers', async () => {
    const server = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    try {
      expect(await checkSmtp(`smtp://127.0.0.1:${port}`, 2000)).toBeNull();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
