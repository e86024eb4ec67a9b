// Issue 12: the per-address limits on sign-in links and newsletter sign-ups count per mailbox, so
// victim+0@ … victim+7@ (or Gmail's dotted spellings) cannot multiply one inbox's allowance.
// On a real database, through the limit functions the sign-in and sign-up paths call.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { useLibDatabase } from '../helpers/lib-database';

useLibDatabase();
beforeAll(() => {
  vi.stubEnv('AUTH_SECRET', 'test-secret-test-secret-test-secret-0123');
});

// Each request from its own client address, so only the per-address limit can refuse.
const ipFor = (i: number) => `192.0.2.${i + 1}`;

async function spendAll(consume: (email: string, ip: string) => Promise<number>, emails: string[]): Promise<boolean[]> {
  const allowed: boolean[] = [];
  for (const [i, email] of emails.entries()) allowed.push((await consume(email, ipFor(i))) === 0);
  return allowed;
}

const tagged = (local: string, domain: string) => Array.from({ length: 8 }, (_, i) => `${local}+${i}@${domain}`);
const same = (email: string) => Array.from({ length: 8 }, () => email);

describe('sign-in links: 5 per mailbox an hour', () => {
  const consume = async (email: string, ip: string) =>
    (await import('../../lib/auth/sign-in-limits')).consumeSignInAllowance(email, ip);

  it('refuses victim+0..7@example.com after 5, exactly as one address is refused', async () => {
    const oneAddress = await spendAll(consume, same('reader@example.com'));
    expect(oneAddress).toEqual([true, true, true, true, true, false, false, false]);
    expect(await spendAll(consume, tagged('victim', 'example.com'))).toEqual(oneAddress);
  });

  it('counts Gmail spellings of one mailbox together', async () => {
    const spellings = [
      'jane.doe@gmail.com',
      'janedoe@gmail.com',
      'Jane.Doe+news@gmail.com',
      'j.a.n.e.d.o.e@googlemail.com',
      'JANEDOE@GMAIL.COM',
      'jane.doe+1@googlemail.com',
    ];
    expect(await spendAll(consume, spellings)).toEqual([true, true, true, true, true, false]);
  });

  it('keeps different mailboxes independent', async () => {
    await spendAll(consume, tagged('busy', 'example.com'));
    expect(await consume('busy@example.org', ipFor(100))).toBe(0);
    expect(await consume('busy.other@example.com', ipFor(101))).toBe(0);
    // Outside Gmail a dot is part of the name: b.usy@example.com is someone else's mailbox.
    expect(await consume('b.usy@example.com', ipFor(102))).toBe(0);
  });
});

describe('newsletter sign-ups: 3 per mailbox an hour', () => {
  const consume = async (email: string, ip: string) =>
    (await import('../../lib/newsletter/subscription/subscription-limits')).consumeSubscribeAllowance(email, ip);

  it('refuses victim+0..7@example.com after 3, exactly as one address is refused', async () => {
    const oneAddress = await spendAll(consume, same('reader@example.com'));
    expect(oneAddress).toEqual([true, true, true, false, false, false, false, false]);
    expect(await spendAll(consume, tagged('victim', 'example.com'))).toEqual(oneAddress);
  });

  it('keeps different mailboxes independent', async () => {
    await spendAll(consume, tagged('busy', 'example.com'));
    expect(await consume('busy@example.org', ipFor(100))).toBe(0);
    expect(await consume('someone@example.com', ipFor(101))).toBe(0);
  });
});
