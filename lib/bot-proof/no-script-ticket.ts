// The no-JavaScript way past the sign-up check (docs/0017): the first press of the button gets a
// signed ticket bound to the client's address, the email address and the form; the second press,
// at least TICKET_WAIT_SECONDS later and within TICKET_MINUTES, spends it (once). A person reads
// the message in that time anyway; a script has to wait too, and this path has a tighter hourly
// limit per client address (no-script-limits.ts) than the proof-of-work path.
import crypto from 'node:crypto';
import { sign, verify } from '../security/hmac';
import { botProofSecret } from './bot-proof-secret';
import { spendOnce } from './spend-once';

export const TICKET_WAIT_SECONDS = 5;
export const TICKET_MINUTES = 10;

export type TicketBinding = { form: 'subscribe' | 'sign-in'; ip: string; mailbox: string };
export type TicketCheck = { state: 'valid' } | { state: 'early'; waitSeconds: number } | { state: 'invalid' };

function bound(binding: TicketBinding, issuedAt: number, nonce: string): string {
  return [binding.form, binding.ip, binding.mailbox, issuedAt, nonce].join('\n');
}

export function issueTicket(binding: TicketBinding, now = Date.now()): string {
  const nonce = crypto.randomBytes(12).toString('base64url');
  return `${now}.${nonce}.${sign(botProofSecret('ticket'), 'ticket', bound(binding, now, nonce))}`;
}

/** Checks a ticket and, when it is valid, spends it: a second redemption is 'invalid'. */
export async function redeemTicket(ticket: string, binding: TicketBinding, now = Date.now()): Promise<TicketCheck> {
  const match = /^(\d{13})\.([\w-]{16})\.([\w-]{43})$/.exec(ticket);
  if (!match) return { state: 'invalid' };
  const [, issued, nonce, signature] = match as unknown as [string, string, string, string];
  const issuedAt = Number(issued);
  if (!verify(botProofSecret('ticket'), 'ticket', bound(binding, issuedAt, nonce), signature))
    return { state: 'invalid' };
  const expiresAt = issuedAt + TICKET_MINUTES * 60_000;
  if (now >= expiresAt || now < issuedAt) return { state: 'invalid' };
  const readyAt = issuedAt + TICKET_WAIT_SECONDS * 1000;
  if (now < readyAt) return { state: 'early', waitSeconds: Math.ceil((readyAt - now) / 1000) };
  return (await spendOnce(`ticket\n${ticket}`, new Date(expiresAt))) ? { state: 'valid' } : { state: 'invalid' };
}
