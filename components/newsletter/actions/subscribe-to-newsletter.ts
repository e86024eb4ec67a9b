'use server';

import { after } from 'next/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { blockedDomainMessage, blockedEmailDomain } from '@/lib/bot-proof/blocked-email-domain';
import { checkHumanSender, isHoneypotFilled } from '@/lib/bot-proof/check-human-sender';
import { mailboxKey } from '@/lib/mail/mailbox-key';
import { checkEmailAddress } from '@/lib/mail/email-address';
import { preferencesSchema, toStoredPreferences } from '@/lib/newsletter/subscription/newsletter-choices';
import { requestSubscription } from '@/lib/newsletter/subscription/request-subscription';
import { subscribeUser } from '@/lib/newsletter/subscription/subscribe-user';
import { consumeSubscribeAllowance } from '@/lib/newsletter/subscription/subscription-limits';
import { clientIp } from '@/lib/security/client-ip';
import { formDone, formError, type FormState } from '@/lib/actions/form-state';
import { textField } from '@/lib/actions/form-action';

/**
 * Every accepted address gets the same "check your inbox" answer, known or not. Before any email:
 * the honeypot, the domain block list and the proof-of-work (or no-script) check (docs/0017).
 */
export async function subscribeToNewsletter(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = textField(form, 'email');
  // The honeypot: people never see this field, form-filling bots do. Look successful, do nothing.
  if (isHoneypotFilled(form)) redirect('/newsletter/check-email');
  const address = checkEmailAddress(raw);
  if (!address.ok) return formError(address.reason, { email: raw });
  const prefs = preferencesSchema.safeParse({
    frequency: form.get('frequency') ?? 'daily',
    sections: form.getAll('sections'),
    topics: form.getAll('topics'),
  });
  if (!prefs.success) return formError(prefs.error.issues[0]!.message, { email: raw });
  const stored = await toStoredPreferences(prefs.data);

  // A signed-in reader subscribing their own verified address needs no confirmation email.
  const user = await getCurrentUser();
  if (user && user.email.toLowerCase() === address.key) {
    const result = await subscribeUser(user.id, stored);
    if (result === 'subscribed')
      return formDone(`You’re subscribed. The ${stored.frequency} digest will come to ${user.email}.`);
    if (result === 'already-subscribed')
      return formDone('You’re already subscribed. Change your choices on your account page.');
  }

  const blocked = await blockedEmailDomain(address.email);
  if (blocked) return formError(blockedDomainMessage(blocked), { email: raw });
  const ip = clientIp(await headers());
  const human = await checkHumanSender(form, { form: 'subscribe', ip, mailbox: mailboxKey(address.key) }, 'Subscribe');
  if (!human.ok) return formError(human.message, { email: raw, ...(human.ticket ? { ticket: human.ticket } : {}) });
  const waitMinutes = await consumeSubscribeAllowance(address.key, ip);
  if (waitMinutes > 0) {
    return formError(`Too many sign-up requests. Try again in ${waitMinutes} minute${waitMinutes === 1 ? '' : 's'}.`, {
      email: raw,
    });
  }
  // Sent after the response, so known and unknown addresses also take the same time to answer.
  after(() =>
    requestSubscription(address, stored).then(
      () => undefined,
      (err) => console.error('Newsletter sign-up failed', err),
    ),
  );
  redirect('/newsletter/check-email');
}
