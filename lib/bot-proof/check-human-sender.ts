// The checks a sign-up or sign-in form passes before any email is sent (docs/0017): a solved
// proof-of-work challenge (the form's `altcha` field, filled by the browser), or, without one,
// the no-script ticket path. Each refusal is a sentence for the form; nothing has changed.
import { consumeNoScriptAllowance } from './no-script-limits';
import { issueTicket, redeemTicket, TICKET_WAIT_SECONDS, type TicketBinding } from './no-script-ticket';
import { verifyChallenge } from './verify-challenge';

export type HumanCheck = { ok: true } | { ok: false; message: string; ticket?: string };

/** True when the honeypot field (hidden from people and screen readers) was filled in. */
export function isHoneypotFilled(form: FormData): boolean {
  const value = form.get('website');
  return typeof value === 'string' && value !== '';
}

export async function checkHumanSender(form: FormData, binding: TicketBinding, button: string): Promise<HumanCheck> {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const solution = field('altcha');
  if (solution !== '') {
    const check = await verifyChallenge(solution);
    if (check === 'verified') return { ok: true };
    const why = {
      missing: 'was not sent',
      invalid: 'did not pass',
      expired: 'expired (it lasts 10 minutes)',
      replayed: 'was already used',
    }[check];
    return { ok: false, message: `The automatic check that you’re a person ${why}. Press “${button}” again.` };
  }

  const again = (message: string): HumanCheck => ({ ok: false, message, ticket: issueTicket(binding) });
  const wait = `wait ${TICKET_WAIT_SECONDS} seconds, then press “${button}” again`;
  const ticket = field('ticket');
  if (ticket === '') return again(`One more step, because your browser is not running JavaScript: please ${wait}.`);
  const redeemed = await redeemTicket(ticket, binding);
  if (redeemed.state === 'early')
    return {
      ok: false,
      ticket,
      message: `Not yet: please wait ${redeemed.waitSeconds} more second${redeemed.waitSeconds === 1 ? '' : 's'}, then press “${button}” again.`,
    };
  if (redeemed.state === 'invalid') return again(`That step has expired or the address changed: please ${wait}.`);
  const waitSeconds = await consumeNoScriptAllowance(binding.ip);
  if (waitSeconds > 0) {
    const minutes = Math.ceil(waitSeconds / 60);
    return {
      ok: false,
      message: `Too many requests from this connection without JavaScript. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or turn JavaScript on.`,
    };
  }
  return { ok: true };
}
