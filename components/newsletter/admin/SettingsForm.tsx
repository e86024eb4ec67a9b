'use client';

import { useActionState } from 'react';
import { saveNewsletterSettingsAction } from '@/components/newsletter/admin/actions/save-newsletter-settings';
import { formMessage, idleForm, type FormState } from '@/lib/actions/form-state';
import type { NewsletterSettingsInput } from '@/lib/newsletter/newsletter-settings';
import { buttonClass, inputClass } from '@/components/ui/styles';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const field = inputClass('mt-1 w-full');

function NumberField({
  name,
  label,
  value,
  min,
  max,
}: {
  name: keyof NewsletterSettingsInput;
  label: string;
  value: number;
  min: number;
  max: number;
}) {
  return (
    <label className="block">
      <span className="font-semibold">{label}</span>
      <input name={name} type="number" min={min} max={max} required defaultValue={value} className={field} />
    </label>
  );
}

export function SettingsForm({ settings }: { settings: NewsletterSettingsInput }) {
  const [state, action, isPending] = useActionState<FormState, FormData>(saveNewsletterSettingsAction, idleForm);
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2">
      <label className="flex items-center gap-2 sm:col-span-2">
        <input
          name="isSchedulerEnabled"
          type="checkbox"
          defaultChecked={settings.isSchedulerEnabled}
          className="h-4 w-4"
        />
        <span className="font-semibold">Send due digests automatically</span>
      </label>
      <NumberField name="sendHour" label="Send hour (0–23, local time)" value={settings.sendHour} min={0} max={23} />
      <label className="block">
        <span className="font-semibold">Time zone</span>
        <input name="timeZone" required defaultValue={settings.timeZone} className={field} />
      </label>
      <label className="block">
        <span className="font-semibold">Weekly digest day</span>
        <select name="weeklyDay" defaultValue={settings.weeklyDay} className={field}>
          {DAYS.map((d, i) => (
            <option key={d} value={i}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <NumberField name="maxConnections" label="SMTP connections" value={settings.maxConnections} min={1} max={50} />
      <NumberField
        name="messagesPerSecond"
        label="Messages per second"
        value={settings.messagesPerSecond}
        min={1}
        max={1000}
      />
      <NumberField
        name="bounceLimit"
        label="Bounces before an address is suspended"
        value={settings.bounceLimit}
        min={1}
        max={20}
      />
      <label className="block sm:col-span-2">
        <span className="font-semibold">Blocked email domains</span>
        <span id="blocked-domains-hint" className="block text-sm text-neutral-700 dark:text-neutral-300">
          One a line (or comma-separated), e.g. disposable-mail services. Sign-up and sign-in refuse these domains and
          their subdomains, with a message; BLOCKED_EMAIL_DOMAINS adds more.
        </span>
        <textarea
          name="blockedEmailDomains"
          rows={4}
          defaultValue={settings.blockedEmailDomains ?? ''}
          aria-describedby="blocked-domains-hint"
          className={field}
        />
      </label>
      <p
        aria-live="polite"
        className={`min-h-6 text-sm font-semibold sm:col-span-2 ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}
      >
        {formMessage(state)}
      </p>
      <button type="submit" disabled={isPending} className={buttonClass({ className: 'sm:col-span-2' })}>
        {isPending ? 'Saving…' : 'Save settings'}
      </button>
    </form>
  );
}
