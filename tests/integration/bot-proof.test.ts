// Bot-proof sign-up and sign-in (docs/0017) on a real database and a real SMTP server on
// loopback: a solved challenge is accepted once; tampered, expired, replayed or missing ones are
// refused and nothing is mailed; the honeypot, blocked domains, the no-script ticket; expired
// unconfirmed sign-ups are purged and never counted.
import type { Challenge } from 'altcha-lib';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeAnswer, solveAnswer } from '../helpers/solve-challenge';
import { setUpNewsletterWorld, startSmtp } from './newsletter-fixtures';

const SITE = 'https://news.example.test';
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: Awaited<ReturnType<typeof setUpNewsletterWorld>>;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await setUpNewsletterWorld(smtp.port);
  // Low, so the tests solve quickly; the checks are the same at any difficulty.
  vi.stubEnv('PROOF_OF_WORK_DIFFICULTY', '40');
  vi.stubEnv('BLOCKED_EMAIL_DOMAINS', 'throwaway.test');
  vi.resetModules();
});

afterAll(async () => {
  const { db } = await import('../../lib/db');
  const { closeMailTransport } = await import('../../lib/mail/mail-transport');
  closeMailTransport();
  await db.$disconnect();
  await smtp.close();
  await t.cleanup();
  vi.unstubAllEnvs();
});

async function freshChallenge(now?: number): Promise<Challenge> {
  const { createChallenge } = await import('../../lib/bot-proof/create-challenge');
  return JSON.parse(JSON.stringify(await createChallenge(now))) as Challenge;
}

async function mailTo(address: string): Promise<number> {
  return smtp.received.filter((m) => m.to === address).length;
}

async function waitForMail(address: string, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await mailTo(address)) < count) {
    if (Date.now() > deadline) throw new Error(`no email to ${address}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A POST to Auth.js's email endpoint as a script would send it: same origin, CSRF token, no page. */
async function postSignIn(email: string, altcha: string | undefined, ip: string) {
  const { GET, POST } = await import('../../app/api/auth/[...nextauth]/route');
  const csrf = await GET(new NextRequest(`${SITE}/api/auth/csrf`, { headers: { 'x-dispatch-client-ip': ip } }));
  const cookie = (csrf.headers.getSetCookie() ?? []).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const body = new URLSearchParams({ email, csrfToken, callbackUrl: '/account' });
  if (altcha !== undefined) body.set('altcha', altcha);
  const response = await POST(
    new NextRequest(`${SITE}/api/auth/signin/email`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: SITE,
        cookie,
        'x-dispatch-client-ip': ip,
      },
      body,
    }),
  );
  return { status: response.status, text: await response.text() };
}

describe('the sign-in endpoint', () => {
  it('sends the email for a solved challenge, once; a replay, a tampered or an expired answer, or none, is refused and sends nothing', async () => {
    const reader = 'script-reader@example.test';
    const answer = await solveAnswer(await freshChallenge());
    const accepted = await postSignIn(reader, answer, '198.51.100.1');
    expect(accepted.status).toBeLessThan(400);
    await waitForMail(reader, 1);

    const replay = await postSignIn(reader, answer, '198.51.100.1');
    expect(replay).toMatchObject({ status: 403, text: expect.stringContaining('(replayed)') });

    const none = await postSignIn(reader, undefined, '198.51.100.1');
    expect(none).toMatchObject({
      status: 403,
      text: expect.stringContaining('Ask for a sign-in link with the form at /signin'),
    });

    // A made-up answer to a real challenge; and a real answer whose challenge was given a longer life.
    const challenge = await freshChallenge();
    const guessed = encodeAnswer(challenge, { counter: 1, derivedKey: '00'.repeat(32) });
    expect(await postSignIn(reader, guessed, '198.51.100.1')).toMatchObject({
      status: 403,
      text: expect.stringContaining('(invalid)'),
    });
    const solved = JSON.parse(Buffer.from(await solveAnswer(challenge), 'base64').toString()) as {
      challenge: Challenge;
      solution: { counter: number; derivedKey: string };
    };
    solved.challenge.parameters.expiresAt! += 3600;
    const stretched = encodeAnswer(solved.challenge, solved.solution);
    expect(await postSignIn(reader, stretched, '198.51.100.1')).toMatchObject({
      status: 403,
      text: expect.stringContaining('(invalid)'),
    });
    expect(await postSignIn(reader, 'not base64 json', '198.51.100.1')).toMatchObject({ status: 403 });

    // Solved, but made eleven minutes ago: past its 10-minute life.
    const old = await solveAnswer(await freshChallenge(Date.now() - 11 * 60_000));
    expect(await postSignIn(reader, old, '198.51.100.1')).toMatchObject({
      status: 403,
      text: expect.stringContaining('(expired)'),
    });

    // Let any send the refusals might have started reach the server: still the one email.
    await postSignIn('marker@example.test', await solveAnswer(await freshChallenge()), '198.51.100.2');
    await waitForMail('marker@example.test', 1);
    expect(await mailTo(reader)).toBe(1);
  });

  it('refuses a blocked domain (and its subdomains) with a sentence, before anything else', async () => {
    for (const email of ['bot@throwaway.test', 'bot@mx.throwaway.test']) {
      const reply = await postSignIn(email, await solveAnswer(await freshChallenge()), '198.51.100.3');
      expect(reply).toEqual({
        status: 400,
        text: 'Addresses at throwaway.test can’t be used here. Please use another email address.\n',
      });
    }
    expect(smtp.received.some((m) => m.to.endsWith('throwaway.test'))).toBe(false);
  });
});

describe('the newsletter sign-up form', () => {
  const nobody = async () => null;
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ frequency: 'daily', ...fields })) data.set(k, v);
    return data;
  };

  it('with a solved challenge: check your email, and the confirmation arrives', async () => {
    const { subscribeFromForm } = await import('../../lib/newsletter/subscription/subscribe-from-form');
    const email = 'js-reader@example.test';
    const altcha = await solveAnswer(await freshChallenge());
    const outcome = await subscribeFromForm(form({ email, altcha }), { ip: '203.0.113.1', currentUser: nobody });
    expect(outcome.kind).toBe('check-email');
    if (outcome.kind !== 'check-email') return;
    await outcome.send!();
    await waitForMail(email, 1);

    // The same answer again (a replay) is refused with a sentence, and nothing more is sent.
    const again = await subscribeFromForm(form({ email: 'other@example.test', altcha }), {
      ip: '203.0.113.1',
      currentUser: nobody,
    });
    expect(again).toMatchObject({
      kind: 'answer',
      state: {
        status: 'error',
        message: 'The automatic check that you’re a person was already used. Press “Subscribe” again.',
      },
    });
    expect(await t.db.subscriber.count({ where: { email: 'other@example.test' } })).toBe(0);
  });

  it('honeypot filled: the same "check your email", and nothing stored or sent', async () => {
    const { subscribeFromForm } = await import('../../lib/newsletter/subscription/subscribe-from-form');
    const email = 'honey@example.test';
    const altcha = await solveAnswer(await freshChallenge());
    const outcome = await subscribeFromForm(form({ email, altcha, website: 'https://spam.example' }), {
      ip: '203.0.113.2',
      currentUser: nobody,
    });
    expect(outcome).toEqual({ kind: 'check-email' });
    expect(await t.db.subscriber.count({ where: { email } })).toBe(0);
    expect(await mailTo(email)).toBe(0);
  });

  it('a blocked domain from the admin list is refused with a sentence; nothing stored', async () => {
    const { subscribeFromForm } = await import('../../lib/newsletter/subscription/subscribe-from-form');
    const { newsletterSettingsSchema, saveNewsletterSettings } =
      await import('../../lib/newsletter/newsletter-settings');
    const typed = {
      isSchedulerEnabled: true,
      sendHour: '7',
      timeZone: 'UTC',
      weeklyDay: '1',
      maxConnections: '5',
      messagesPerSecond: '50',
      bounceLimit: '3',
    };
    // What the admin page's form sends: a bad entry is named and nothing is saved; a good list is.
    const bad = newsletterSettingsSchema.safeParse({ ...typed, blockedEmailDomains: 'burner.example\nnot a domain' });
    expect(bad.error?.issues[0]?.message).toBe('Not a domain: not, a, domain.');
    await saveNewsletterSettings(
      newsletterSettingsSchema.parse({ ...typed, blockedEmailDomains: '@Burner.Example\n' }),
    );
    const email = 'someone@Burner.Example';
    const altcha = await solveAnswer(await freshChallenge());
    const outcome = await subscribeFromForm(form({ email, altcha }), { ip: '203.0.113.3', currentUser: nobody });
    expect(outcome).toMatchObject({
      kind: 'answer',
      state: {
        message: 'Addresses at burner.example can’t be used here. Please use another email address.',
        fields: { email },
      },
    });
    expect(await t.db.subscriber.count()).toBe(1);
  });

  it('without JavaScript: a ticket, refused until the wait is over, bound to the client and address, good once', async () => {
    const { subscribeFromForm } = await import('../../lib/newsletter/subscription/subscribe-from-form');
    const { redeemTicket, TICKET_WAIT_SECONDS } = await import('../../lib/bot-proof/no-script-ticket');
    const email = 'no-script@example.test';
    const first = await subscribeFromForm(form({ email }), { ip: '203.0.113.4', currentUser: nobody });
    expect(first).toMatchObject({
      kind: 'answer',
      state: {
        status: 'error',
        message: expect.stringContaining(`wait ${TICKET_WAIT_SECONDS} seconds, then press “Subscribe” again`),
      },
    });
    const ticket = first.kind === 'answer' && first.state.status === 'error' ? first.state.fields!.ticket! : '';
    expect(ticket).toMatch(/^\d{13}\./);

    // Pressed again at once: not yet, and the same ticket comes back.
    const early = await subscribeFromForm(form({ email, ticket }), { ip: '203.0.113.4', currentUser: nobody });
    expect(early).toMatchObject({
      kind: 'answer',
      state: {
        message: expect.stringMatching(/^Not yet: please wait \d more seconds?, then press “Subscribe” again\.$/),
        fields: { ticket },
      },
    });

    const issuedAt = Number(ticket.split('.')[0]);
    const later = issuedAt + (TICKET_WAIT_SECONDS + 1) * 1000;
    const binding = { form: 'subscribe' as const, ip: '203.0.113.4', mailbox: email };
    expect(await redeemTicket(ticket, { ...binding, ip: '203.0.113.99' }, later)).toEqual({ state: 'invalid' });
    expect(await redeemTicket(ticket, { ...binding, mailbox: 'else@example.test' }, later)).toEqual({
      state: 'invalid',
    });
    expect(await redeemTicket(ticket, { ...binding, form: 'sign-in' }, later)).toEqual({ state: 'invalid' });
    expect(await redeemTicket(ticket, binding, issuedAt + 11 * 60_000)).toEqual({ state: 'invalid' });
    expect(await redeemTicket(ticket, binding, later)).toEqual({ state: 'valid' });
    expect(await redeemTicket(ticket, binding, later)).toEqual({ state: 'invalid' });
    expect(await t.db.subscriber.count({ where: { email } })).toBe(0);
  });

  it('without JavaScript, through the form: after the wait the confirmation is sent', async () => {
    const { subscribeFromForm } = await import('../../lib/newsletter/subscription/subscribe-from-form');
    const email = 'patient@example.test';
    const who = { ip: '203.0.113.5', currentUser: nobody };
    const first = await subscribeFromForm(form({ email }), who);
    const ticket = first.kind === 'answer' && first.state.status === 'error' ? first.state.fields!.ticket! : '';
    // A person reads the message and presses again; poll the form as they would, until it takes it.
    let outcome = await subscribeFromForm(form({ email, ticket }), who);
    while (
      outcome.kind === 'answer' &&
      outcome.state.status === 'error' &&
      outcome.state.message.startsWith('Not yet')
    ) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      outcome = await subscribeFromForm(form({ email, ticket }), who);
    }
    expect(outcome.kind).toBe('check-email');
    if (outcome.kind === 'check-email') await outcome.send!();
    await waitForMail(email, 1);
  });
});

describe('unconfirmed sign-ups', () => {
  it('are not counted once their confirmation window is over, and the scheduler purges them with spent challenges', async () => {
    const { countSubscribersByStatus } = await import('../../lib/newsletter/subscription/subscriber-counts');
    const { runDueDigests } = await import('../../lib/newsletter/digest/digest-scheduler');
    await t.db.subscriber.deleteMany();
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);
    await t.db.subscriber.createMany({
      data: [
        { email: 'fresh@example.test', emailKey: 'k-fresh', status: 'pending', confirmSentAt: hoursAgo(1) },
        { email: 'stale@example.test', emailKey: 'k-stale', status: 'pending', confirmSentAt: hoursAgo(49) },
        { email: 'active@example.test', emailKey: 'k-active', status: 'active', confirmedAt: hoursAgo(100) },
      ],
    });
    expect(await countSubscribersByStatus()).toEqual(
      expect.arrayContaining([
        { status: 'pending', count: 1 },
        { status: 'active', count: 1 },
      ]),
    );
    expect((await countSubscribersByStatus()).reduce((n, c) => n + c.count, 0)).toBe(2);

    const spentBefore = await t.db.spentChallenge.count();
    expect(spentBefore).toBeGreaterThan(0);
    await t.db.spentChallenge.create({ data: { hash: 'long-gone', expiresAt: hoursAgo(1) } });
    // With the scheduler turned off (digests from cron), the purge still runs.
    await t.db.newsletterSettings.update({ where: { id: 1 }, data: { isSchedulerEnabled: false } });
    await runDueDigests();
    expect((await t.db.subscriber.findMany({ orderBy: { email: 'asc' } })).map((s) => s.email)).toEqual([
      'active@example.test',
      'fresh@example.test',
    ]);
    expect(await t.db.spentChallenge.count({ where: { hash: 'long-gone' } })).toBe(0);
    expect(await t.db.spentChallenge.count()).toBe(spentBefore);
  });
});
