'use server';

import { after } from 'next/server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { subscribeFromForm } from '@/lib/newsletter/subscription/subscribe-from-form';
import { clientIp } from '@/lib/security/client-ip';
import type { FormState } from '@/lib/actions/form-state';

/**
 * Every accepted address gets the same "check your inbox" answer, known or not. Before any email:
 * the honeypot, the domain block list and the proof-of-work (or no-script) check (docs/0017).
 */
export async function subscribeToNewsletter(_prev: FormState, form: FormData): Promise<FormState> {
  const outcome = await subscribeFromForm(form, { ip: clientIp(await headers()), currentUser: getCurrentUser });
  if (outcome.kind === 'answer') return outcome.state;
  const send = outcome.send;
  // Sent after the response, so known and unknown addresses also take the same time to answer.
  if (send)
    after(() =>
      send().then(
        () => undefined,
        (err) => console.error('Newsletter sign-up failed', err),
      ),
    );
  redirect('/newsletter/check-email');
}
