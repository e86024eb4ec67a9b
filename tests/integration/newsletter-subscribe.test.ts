// Subscribe → confirmation mail → confirm → welcome → one-click unsubscribe → no more mail,
// on a real SQLite database and a real SMTP server on loopback.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { parse, rawHeader, setUpNewsletterWorld, startSmtp, tearDownNewsletterWorld } from './newsletter-fixtures';

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  vi.resetModules();
});

afterAll(() => tearDownNewsletterWorld(smtp, t));

const linkIn = (text: string, path: string) =>
  new RegExp(`https://news\\.example\\.test${path}\\?token=[\\w.-]+`).exec(text)?.[0];

it('double opt-in, welcome, then RFC 8058 one-click unsubscribe stops all mail', async () => {
  const { checkEmailAddress } = await import('../../lib/mail/email-address');
  const { requestSubscription } = await import('../../lib/newsletter/subscription/request-subscription');
  const { inspectConfirmToken, confirmSubscription } =
    await import('../../lib/newsletter/subscription/confirm-subscription');
  const { runDigest } = await import('../../lib/newsletter/digest/run-digest');
  const { POST, GET } = await import('../../app/newsletter/unsubscribe/route');
  const address = checkEmailAddress('  Reader@Example.TEST ');
  if (!address.ok) throw new Error('valid address refused');

  expect(await requestSubscription(address, { frequency: 'daily', sections: 'science', topics: '' })).toBe(
    'confirmation-sent',
  );
  expect(smtp.received).toHaveLength(1);
  const confirmMail = await parse(smtp.received[0]!.raw);
  expect(smtp.received[0]!.to).toBe('reader@example.test');
  expect(confirmMail.subject).toBe('Confirm your Dispatch newsletter subscription');
  const confirmLink = linkIn(confirmMail.text ?? '', '/newsletter/confirm')!;
  const token = new URL(confirmLink).searchParams.get('token')!;

  // Unconfirmed: a digest run sends nothing to them.
  await t.db.newsletterSettings.create({ data: { id: 1, messagesPerSecond: 1000 } });
  expect(await runDigest({ frequency: 'daily', now: new Date(Date.now() - 2 * 86400_000) })).toMatchObject({
    recipients: 0,
  });
  expect(smtp.received).toHaveLength(1);

  // Looking at the link (what a scanner does) changes nothing; the button confirms, once.
  expect((await inspectConfirmToken(token)).state).toBe('valid');
  expect((await t.db.subscriber.findFirstOrThrow()).status).toBe('pending');
  expect(await confirmSubscription(token)).toBe('valid');
  expect(await confirmSubscription(token)).toBe('already-confirmed');
  expect(smtp.received).toHaveLength(2);
  const welcome = smtp.received[1]!;
  expect((await parse(welcome.raw)).subject).toBe('Welcome to the Dispatch newsletter');
  const unsubscribe = /^<(.+)>$/.exec(rawHeader(welcome.raw, 'List-Unsubscribe') ?? '')![1]!;
  expect(rawHeader(welcome.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  expect(linkIn((await parse(welcome.raw)).text ?? '', '/newsletter/preferences')).toBeDefined();

  // Re-subscribing an active address sends nothing (and the caller answers the same).
  expect(await requestSubscription(address, { frequency: 'weekly', sections: '', topics: '' })).toBe(
    'already-subscribed',
  );
  expect(smtp.received).toHaveLength(2);

  // GET shows a page and changes nothing.
  const page = await GET(new Request(unsubscribe));
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<button type="submit">Unsubscribe</button>');
  expect((await t.db.subscriber.findFirstOrThrow()).status).toBe('active');

  // The one-click POST: no cookie, no CSRF token; 200, no redirect; idempotent.
  const post = () =>
    POST(
      new Request(unsubscribe, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
  for (let i = 0; i < 2; i++) {
    const res = await post();
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
  }
  const gone = await t.db.subscriber.findFirstOrThrow();
  expect(gone).toMatchObject({ status: 'unsubscribed', email: null, sections: '', topics: '', userId: null });
  expect((await POST(new Request(unsubscribe, { method: 'POST', body: 'other=1' }))).status).toBe(400);
  expect(
    (await POST(new Request(`${unsubscribe}x`, { method: 'POST', body: 'List-Unsubscribe=One-Click' }))).status,
  ).toBe(404);

  // No further mail: the next digest has no recipients.
  expect(await runDigest({ frequency: 'daily' })).toMatchObject({ status: 'sent', recipients: 0 });
  expect(smtp.received).toHaveLength(2);

  // Coming back starts a new double opt-in, and the old confirm link is dead.
  expect(await requestSubscription(address, { frequency: 'daily', sections: '', topics: '' })).toBe(
    'confirmation-sent',
  );
  expect(smtp.received).toHaveLength(3);
  expect((await inspectConfirmToken(token)).state).toBe('invalid');
});
