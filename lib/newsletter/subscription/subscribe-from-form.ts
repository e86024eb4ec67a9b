// The anonymous sign-up form's work, outside Next's request scope so it can be tested on a real
// database and SMTP server: the action (components/newsletter/actions/subscribe-to-newsletter.ts)
// passes the client address and the session, sends the email after the response and redirects.
// Order: honeypot, address, choices, the signed-in shortcut, domain block list, the proof-of-work
// or no-script check (docs/0017), then the per-address and per-client limits. Each refusal is a
// sentence for the form, and nothing has been stored or sent.
import { formDone, formError, type FormState } from '../../actions/form-state';
import { blockedDomainMessage, blockedEmailDomain } from '../../bot-proof/blocked-email-domain';
import { checkHumanSender, isHoneypotFilled } from '../../bot-proof/check-human-sender';
import { checkEmailAddress } from '../../mail/email-address';
import { mailboxKey } from '../../mail/mailbox-key';
import { preferencesSchema, toStoredPreferences } from './newsletter-choices';
import { requestSubscription } from './request-subscription';
import { subscribeUser } from './subscribe-user';
import { consumeSubscribeAllowance } from './subscription-limits';

export type SubscribeOutcome =
  | { kind: 'answer'; state: FormState }
  /** Show "check your email"; `send` (when there is one) sends the confirmation. */
  | { kind: 'check-email'; send?: () => Promise<unknown> };

type Who = { ip: string; currentUser: () => Promise<{ id: string; email: string } | null> };

export async function subscribeFromForm(form: FormData, who: Who): Promise<SubscribeOutcome> {
  const raw = typeof form.get('email') === 'string' ? String(form.get('email')) : '';
  const refuse = (message: string, ticket?: string): SubscribeOutcome => ({
    kind: 'answer',
    state: formError(message, { email: raw, ...(ticket ? { ticket } : {}) }),
  });
  // The honeypot: people never see this field, form-filling bots do. Look successful, do nothing.
  if (isHoneypotFilled(form)) return { kind: 'check-email' };
  const address = checkEmailAddress(raw);
  if (!address.ok) return refuse(address.reason);
  const prefs = preferencesSchema.safeParse({
    frequency: form.get('frequency') ?? 'daily',
    sections: form.getAll('sections'),
    topics: form.getAll('topics'),
  });
  if (!prefs.success) return refuse(prefs.error.issues[0]!.message);
  const stored = await toStoredPreferences(prefs.data);

  // A signed-in reader subscribing their own verified address needs no confirmation email.
  const user = await who.currentUser();
  if (user && user.email.toLowerCase() === address.key) {
    const result = await subscribeUser(user.id, stored);
    if (result === 'subscribed')
      return {
        kind: 'answer',
        state: formDone(`You’re subscribed. The ${stored.frequency} digest will come to ${user.email}.`),
      };
    if (result === 'already-subscribed')
      return {
        kind: 'answer',
        state: formDone('You’re already subscribed. Change your choices on your account page.'),
      };
  }

  const blocked = await blockedEmailDomain(address.email);
  if (blocked) return refuse(blockedDomainMessage(blocked));
  const binding = { form: 'subscribe' as const, ip: who.ip, mailbox: mailboxKey(address.key) };
  const human = await checkHumanSender(form, binding, 'Subscribe');
  if (!human.ok) return refuse(human.message, human.ticket);
  const waitMinutes = await consumeSubscribeAllowance(address.key, who.ip);
  if (waitMinutes > 0)
    return refuse(`Too many sign-up requests. Try again in ${waitMinutes} minute${waitMinutes === 1 ? '' : 's'}.`);
  return { kind: 'check-email', send: () => requestSubscription(address, stored) };
}
