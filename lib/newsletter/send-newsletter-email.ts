// Confirmation and welcome emails. The welcome email is a newsletter email, so it carries the
// RFC 8058 headers; the confirmation goes to someone not yet on the list, so it does not.
import { createElement } from 'react';
import ConfirmSubscriptionEmail from '../../emails/ConfirmSubscriptionEmail';
import WelcomeEmail from '../../emails/WelcomeEmail';
import { getEnv } from '../env';
import { sendEmail } from '../mail/send-email';
import { describeInterests } from './subscription/newsletter-choices';
import { confirmUrl, listIdFor, preferencesUrl, unsubscribeUrl } from './newsletter-urls';

type Recipient = {
  id: string;
  email: string | null;
  tokenVersion: number;
  frequency: string;
  sections: string;
  topics: string;
};

const asFrequency = (f: string) => (f === 'weekly' ? 'weekly' : 'daily');

export async function sendConfirmationEmail(sub: Recipient): Promise<void> {
  if (!sub.email) return;
  const template = createElement(ConfirmSubscriptionEmail, {
    confirmUrl: confirmUrl(sub),
    frequency: asFrequency(sub.frequency),
    expiresInHours: 48,
  });
  await sendEmail({
    to: sub.email,
    subject: 'Confirm your Dispatch newsletter subscription',
    template,
    context: { kind: 'newsletter', subscriberId: sub.id },
  });
}

export async function sendWelcomeEmail(sub: Recipient): Promise<void> {
  if (!sub.email) return;
  const unsubscribe = unsubscribeUrl(sub);
  const template = createElement(WelcomeEmail, {
    frequency: asFrequency(sub.frequency),
    interests: await describeInterests(sub.sections, sub.topics),
    siteUrl: getEnv().SITE_URL,
    preferencesUrl: preferencesUrl(sub),
    unsubscribeUrl: unsubscribe,
  });
  await sendEmail({
    to: sub.email,
    subject: 'Welcome to the Dispatch newsletter',
    template,
    listUnsubscribe: unsubscribe,
    listId: listIdFor(sub.frequency),
    context: { kind: 'newsletter', subscriberId: sub.id },
  });
}
