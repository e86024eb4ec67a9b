// Issue 16: bounce and complaint messages (RFC 3464 DSNs, RFC 5965 ARF reports) that arrive after
// the mail server accepted a digest, posted raw to /api/mail/inbound, suppress the right address;
// every digest left with a signed VERP envelope sender. Setup: mail-bounce-world.ts.
import { describe, expect, it } from 'vitest';
import { useMailBounceWorld } from './mail-bounce-world';
import { rawHeader } from './newsletter-fixtures';

const w = useMailBounceWorld();
const { received, fixture, postInbound, sentTo, addSubscriber, suppressionOf, INBOUND_SECRET } = w;

describe('the VERP envelope sender', () => {
  it('is bounces+<signed token naming the delivery>@ on every digest, with From left as EMAIL_FROM', async () => {
    const deliveries = await w.db().digestDelivery.findMany({ include: { subscriber: true } });
    expect(deliveries).toHaveLength(7);
    for (const d of deliveries) {
      const message = received.find((r) => r.to === d.subscriber.email)!;
      expect(message.mailFrom).toMatch(/^bounces\+d[a-z0-9]+\.[0-9a-f]{16}@dispatch\.test$/);
      expect(w.lib().readBounceToken(message.mailFrom)).toEqual({ kind: 'digest', ref: d.id });
      expect(rawHeader(message.raw, 'From')).toBe('Dispatch <news@dispatch.test>');
      expect(message.mailFrom).toContain(`+${rawHeader(message.raw, 'X-Dispatch-Ref')}@`);
    }
    // A token whose signature was altered names nothing.
    const forged = sentTo('hard@reader.test').verp.replace(
      /[0-9a-f](@)/,
      (m, at: string) => `${m[0] === '0' ? '1' : '0'}${at}`,
    );
    expect(w.lib().readBounceToken(forged)).toBeNull();
  });
});

describe('bounce messages posted to /api/mail/inbound', () => {
  it('refuses a wrong or missing secret and changes nothing', async () => {
    const raw = fixture('dsn-hard.eml', { RECIPIENT: 'hard@reader.test', ...sentTo('hard@reader.test') });
    const events = await w.db().mailEvent.count();
    for (const authorization of ['Bearer wrong-secret-wrong-secret-000', '', `Basic ${btoa('user:nope')}`])
      expect((await postInbound(raw, authorization)).status).toBe(401);
    expect(await w.db().mailEvent.count()).toBe(events);
    expect(await suppressionOf('hard@reader.test')).toBeNull();
  });

  it('a 5.1.1 DSN suppresses the address at once and marks its digest delivery bounced', async () => {
    const { verp, ref } = sentTo('hard@reader.test');
    // The report names another address: the signed token decides whose delivery it was.
    const raw = fixture('dsn-hard.eml', { RECIPIENT: 'someone-else@elsewhere.test', VERP: verp, REF: ref });
    const response = await postInbound(raw, `Basic ${btoa(`relay:${INBOUND_SECRET}`)}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reports: 1, results: ['suppressed'] });
    expect(await suppressionOf('hard@reader.test')).toMatchObject({
      email: 'hard@reader.test',
      reason: 'hard-bounce',
      detail: expect.stringContaining('5.1.1'),
    });
    const delivery = await w.db().digestDelivery.findFirst({ where: { subscriber: { email: 'hard@reader.test' } } });
    expect(delivery!.bouncedAt).toBeInstanceOf(Date);
    expect(delivery!.complainedAt).toBeNull();
    expect(await suppressionOf('steady@reader.test')).toBeNull();
    expect(await suppressionOf('someone-else@elsewhere.test')).toBeNull();
  });

  it('soft (4.x.x) bounces suppress only at the threshold; a delay warning is no bounce', async () => {
    const sent = sentTo('soft@reader.test');
    const raw = fixture('dsn-soft.eml', { RECIPIENT: 'soft@reader.test', VERP: sent.verp, REF: sent.ref });
    const delayed = fixture('dsn-delayed.eml', { RECIPIENT: 'soft@reader.test', VERP: sent.verp });
    expect(await (await postInbound(delayed)).json()).toEqual({ reports: 0, results: [] });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['recorded'] });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['recorded'] });
    expect(await suppressionOf('soft@reader.test')).toBeNull();
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['suppressed'] });
    expect(await suppressionOf('soft@reader.test')).toMatchObject({ reason: 'soft-bounces' });
  });

  it('soft bounces older than the window do not count', async () => {
    const sub = await addSubscriber('window@reader.test');
    // Signed for a newsletter email to this subscriber: raw reports without our token are not believed.
    const { createBounceToken } = await import('../../lib/mail/bounce-token');
    const ref = createBounceToken({ kind: 'newsletter', subscriberId: sub.id });
    const raw = fixture('dsn-soft.eml', {
      RECIPIENT: 'window@reader.test',
      VERP: `bounces+${ref}@dispatch.test`,
      REF: ref,
    });
    await postInbound(raw);
    await postInbound(raw);
    // Age those two past the 14-day window.
    await w.db().mailEvent.updateMany({
      where: { emailKey: w.lib().emailKeyOf('window@reader.test') },
      data: { createdAt: new Date(Date.now() - 15 * 86_400_000) },
    });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['recorded'] });
    expect(await suppressionOf('window@reader.test')).toBeNull();
  });

  it('an ARF complaint unsubscribes the reader and suppresses the address for good', async () => {
    const { verp, ref } = sentTo('complainer@reader.test');
    const raw = fixture('arf-complaint.eml', { RECIPIENT: 'complainer@reader.test', VERP: verp, REF: ref });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['suppressed'] });
    expect(await suppressionOf('complainer@reader.test')).toMatchObject({ reason: 'complaint' });
    const sub = await w
      .db()
      .subscriber.findUnique({ where: { emailKey: w.lib().emailKeyOf('complainer@reader.test') } });
    expect(sub).toMatchObject({ status: 'unsubscribed', email: null });
    const delivery = await w.db().digestDelivery.findFirst({ where: { subscriberId: sub!.id } });
    expect(delivery!.complainedAt).toBeInstanceOf(Date);
  });

  it('without a token, a raw report changes nothing: anyone can write to the bounce address', async () => {
    // A stranger's hand-made DSN naming a reader must not suppress or unsubscribe them.
    const raw = fixture('dsn-hard.eml', { RECIPIENT: 'plain@reader.test', VERP: 'bounces@dispatch.test', REF: '' });
    expect(await (await postInbound(raw)).json()).toEqual({ reports: 1, results: ['unmatched'] });
    expect(await suppressionOf('plain@reader.test')).toBeNull();
    const arf = fixture('arf-complaint.eml', {
      RECIPIENT: 'plain@reader.test',
      VERP: 'bounces@dispatch.test',
      REF: '',
    });
    expect(await (await postInbound(arf)).json()).toEqual({ reports: 1, results: ['unmatched'] });
    expect(await suppressionOf('plain@reader.test')).toBeNull();
  });
});
