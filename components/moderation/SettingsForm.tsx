'use client';

import { useActionState } from 'react';
import { updateSettingsAction } from './actions/moderation-actions';
import { idleForm } from '@/lib/actions/form-state';
import { buttonClass, inputClass } from '@/components/ui/styles';

type Settings = {
  mode: string;
  bannedWords: string;
  suspectWords: string;
  linkHoldMinApproved: number;
  newCommenterHoldCount: number;
  reportHoldThreshold: number;
  commentWindowDays: number;
  postsPer15Seconds: number;
  postsPerHour: number;
  reportAlertThreshold: number;
};

const idle = idleForm;
const field = inputClass('', 'sm');

const NUMBERS: [keyof Settings, string][] = [
  ['newCommenterHoldCount', 'Comments held for review from a new commenter'],
  ['linkHoldMinApproved', 'Approved comments a reader needs before links go live'],
  ['reportHoldThreshold', 'Reports that take a comment down for review'],
  ['reportAlertThreshold', 'Email moderators when a comment gets this many reports (0: off)'],
  ['commentWindowDays', 'Days comments stay open after publication (0: always open)'],
  ['postsPer15Seconds', 'Comments a reader may post per 15 seconds'],
  ['postsPerHour', 'Comments a reader may post per hour'],
];

export function SettingsForm({ settings }: { settings: Settings }) {
  const [state, action, isPending] = useActionState(updateSettingsAction, idle);
  return (
    <form action={action} className="max-w-2xl space-y-6">
      <fieldset>
        <legend className="font-bold">Moderation mode (site-wide; an article can override it)</legend>
        {[
          ['post', 'Post-moderation: comments appear unless screening holds them'],
          ['pre', 'Pre-moderation: every comment waits for a moderator'],
        ].map(([value, label]) => (
          <label key={value} className="mt-1 flex items-center gap-2">
            <input type="radio" name="mode" value={value} defaultChecked={settings.mode === value} /> {label}
          </label>
        ))}
      </fieldset>
      {(
        [
          [
            'bannedWords',
            'Banned words and phrases (rejected). One a line; add “: rule-id” to cite a rule, e.g. “free money: spam”.',
          ],
          ['suspectWords', 'Suspect words and phrases (held for a moderator). Same format.'],
        ] as const
      ).map(([name, label]) => (
        <div key={name}>
          <label htmlFor={name} className="block font-bold">
            {label}
          </label>
          <textarea
            id={name}
            name={name}
            rows={6}
            defaultValue={settings[name]}
            className={`mt-1 w-full font-mono text-sm ${field}`}
          />
        </div>
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        {NUMBERS.map(([name, label]) => (
          <div key={name}>
            <label htmlFor={name} className="block text-sm font-bold">
              {label}
            </label>
            <input
              id={name}
              name={name}
              type="number"
              min={0}
              defaultValue={settings[name] as number}
              className={`mt-1 w-28 ${field}`}
            />
          </div>
        ))}
      </div>
      <button type="submit" disabled={isPending} className={buttonClass()}>
        Save settings
      </button>
      <p
        role="status"
        aria-live="polite"
        className={`font-semibold ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}
      >
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>
  );
}
