// Issue 16: bounce and complaint reports read from a mailbox over IMAP (BOUNCE_IMAP_URL). A real
// Dovecot on loopback (tests/helpers/dovecot.ts); the samples of mail-bounces.test.ts, naming
// real digest deliveries of mail-bounce-world.ts, arrive by IMAP APPEND; the reader runs as the
// server's minute tick runs it. The world's readers are named for the other file's tests; here
// each is just a reader with a delivery of their own.
import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hasDovecot, startDovecot, type Dovecot } from '../helpers/dovecot';
import { useMailBounceWorld } from './mail-bounce-world';

if (!hasDovecot)
  console.warn(
    'dovecot is not installed: the IMAP bounce-mailbox tests are skipped (apt-get install dovecot-imapd; .ci/run does).',
  );

const w = useMailBounceWorld();
const { fixture, sentTo, suppressionOf } = w;

describe.skipIf(!hasDovecot)('the bounce mailbox read over IMAP', () => {
  let dovecot: Dovecot;
  let imap: ImapFlow;
  let lib: {
    checkBounceMailbox: typeof import('../../lib/bounces/bounce-mailbox-scheduler').checkBounceMailbox;
    listSuppressions: typeof import('../../lib/bounces/list-suppressions').listSuppressions;
    acquireLease: typeof import('../../lib/platform/job-lease').acquireLease;
    releaseLease: typeof import('../../lib/platform/job-lease').releaseLease;
  };

  beforeAll(async () => {
    dovecot = await startDovecot();
    imap = await dovecot.connect();
    // After the world's setup: the same modules (and database) as its lib.
    const { checkBounceMailbox } = await import('../../lib/bounces/bounce-mailbox-scheduler');
    const { listSuppressions } = await import('../../lib/bounces/list-suppressions');
    const { acquireLease, releaseLease } = await import('../../lib/platform/job-lease');
    lib = { checkBounceMailbox, listSuppressions, acquireLease, releaseLease };
  });

  afterAll(async () => {
    await imap?.logout();
    await dovecot?.stop();
  });

  /** A sample addressed to the reader's VERP envelope sender, delivered as an MTA would (CRLF). */
  const deliver = async (name: string, reader: string, values: Record<string, string> = sentTo(reader)) => {
    const raw = fixture(name, { RECIPIENT: reader, VERP: values.verp!, REF: values.ref! });
    await imap.append('INBOX', raw.replace(/\r?\n/g, '\r\n'));
  };
  const count = async (mailbox: string) => {
    const status = await imap.status(mailbox, { messages: true });
    if (!status) throw new Error(`no STATUS for ${mailbox}`);
    return status.messages ?? 0;
  };
  const eventsOf = (email: string, kind: string) =>
    w.db().mailEvent.count({ where: { emailKey: w.lib().emailKeyOf(email), kind } });
  const readMailbox = () => lib.checkBounceMailbox(dovecot.url());

  it('a 5.1.1 DSN suppresses the address, as the admin sees it, and moves to Processed', async () => {
    await deliver('dsn-hard.eml', 'hard@reader.test');
    await readMailbox();
    const { rows } = await lib.listSuppressions('hard@reader.test');
    expect(rows).toEqual([
      expect.objectContaining({
        email: 'hard@reader.test',
        reason: 'hard-bounce',
        detail: expect.stringMatching(/^5\.1\.1 /),
      }),
    ]);
    const event = await w.db().mailEvent.findFirstOrThrow({ where: { kind: 'hard-bounce' } });
    expect(event).toMatchObject({
      source: 'imap',
      status: '5.1.1',
      receipt: expect.stringMatching(/^imap:[0-9a-f]{64}:0$/),
    });
    const delivery = await w.db().digestDelivery.findFirst({ where: { subscriber: { email: 'hard@reader.test' } } });
    expect(delivery!.bouncedAt).toBeInstanceOf(Date);
    expect(await count('INBOX')).toBe(0);
    expect(await count('INBOX.Processed')).toBe(1);
  });

  it('an ARF complaint unsubscribes the reader and suppresses the address for good', async () => {
    await deliver('arf-complaint.eml', 'complainer@reader.test');
    await readMailbox();
    expect((await lib.listSuppressions('complainer@reader.test')).rows).toEqual([
      expect.objectContaining({ email: 'complainer@reader.test', reason: 'complaint' }),
    ]);
    const sub = await w.db().subscriber.findUnique({
      where: { emailKey: w.lib().emailKeyOf('complainer@reader.test') },
    });
    expect(sub).toMatchObject({ status: 'unsubscribed', email: null });
    expect(await count('INBOX')).toBe(0);
  });

  it('counts a soft bounce once, also when a run stopped between recording it and moving it', async () => {
    // Two soft bounces would suppress: counting one report twice would suppress too early.
    const { saveSoftBounceSettings } = await import('../../lib/bounces/soft-bounce-settings');
    await saveSoftBounceSettings({ softBounceLimit: 2, softBounceDays: 14 });
    await deliver('dsn-soft.eml', 'soft@reader.test');
    await readMailbox();
    await readMailbox();
    expect(await eventsOf('soft@reader.test', 'soft-bounce')).toBe(1);
    // A reader killed after recording, before its MOVE, leaves the message in the INBOX with its
    // report recorded: put it back there, and the next runs read it again.
    for (let i = 0; i < 2; i++) {
      await imap.mailboxOpen('INBOX.Processed');
      await imap.messageMove('*', 'INBOX');
      await imap.mailboxClose();
      expect(await count('INBOX')).toBe(1);
      await readMailbox();
      expect(await count('INBOX')).toBe(0);
    }
    expect(await eventsOf('soft@reader.test', 'soft-bounce')).toBe(1);
    expect(await suppressionOf('soft@reader.test')).toBeNull();
  });

  it('moves an auto-reply, a delay warning and a forged DSN away, and none changes anything', async () => {
    const events = await w.db().mailEvent.count();
    const processed = await count('INBOX.Processed');
    await deliver('auto-reply.eml', 'steady@reader.test');
    await deliver('dsn-delayed.eml', 'steady@reader.test');
    // Anyone can write to the bounce address: a DSN without our signed token names nobody.
    await deliver('dsn-hard.eml', 'plain@reader.test', { verp: 'bounces@dispatch.test', ref: '' });
    await readMailbox();
    expect(await count('INBOX')).toBe(0);
    expect(await count('INBOX.Processed')).toBe(processed + 3);
    expect(await w.db().mailEvent.count()).toBe(events);
    expect(await suppressionOf('steady@reader.test')).toBeNull();
    expect(await suppressionOf('plain@reader.test')).toBeNull();
    const plain = await w.db().subscriber.findUnique({ where: { emailKey: w.lib().emailKeyOf('plain@reader.test') } });
    expect(plain!.status).toBe('active');
  });

  it('a refused login or a server that is down is one clear warning, changes nothing, and the next tick reads', async () => {
    await deliver('dsn-hard.eml', 'mailgun@reader.test');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await lib.checkBounceMailbox(dovecot.url('not-the-password'));
      const down = `imap://${dovecot.user}:x@127.0.0.1:${await (await import('../helpers/free-port')).freePort()}/INBOX`;
      await lib.checkBounceMailbox(down);
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
        expect.stringMatching(
          /^Bounce mailbox imap:\/\/bounces@127\.0\.0\.1:\d+\/INBOX: the server refused the login \(.+\); trying again in a minute$/,
        ),
        expect.stringMatching(
          /^Bounce mailbox imap:\/\/bounces@127\.0\.0\.1:\d+\/INBOX: cannot reach the server \(ECONNREFUSED\); trying again in a minute$/,
        ),
      ]);
      expect(warn.mock.calls.join('\n')).not.toContain('not-the-password');
    } finally {
      warn.mockRestore();
    }
    expect(await count('INBOX')).toBe(1);
    expect(await suppressionOf('mailgun@reader.test')).toBeNull();
    // Dovecot holds the next login from this address a few seconds after a failed one (its auth penalty).
    await readMailbox();
    expect(await suppressionOf('mailgun@reader.test')).toMatchObject({ reason: 'hard-bounce' });
  });

  it('reads nothing while another instance holds the lease', async () => {
    await deliver('dsn-hard.eml', 'sendgrid@reader.test');
    const other = 'another-host:4242:lease';
    expect(await lib.acquireLease('bounce-mailbox', other, 60_000)).toBe(true);
    await readMailbox();
    expect(await count('INBOX')).toBe(1);
    expect(await suppressionOf('sendgrid@reader.test')).toBeNull();
    await lib.releaseLease('bounce-mailbox', other);
    await readMailbox();
    expect(await count('INBOX')).toBe(0);
    expect(await suppressionOf('sendgrid@reader.test')).toMatchObject({ reason: 'hard-bounce' });
  });
});
