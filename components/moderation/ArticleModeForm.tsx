'use client';

import { useActionState } from 'react';
import { setArticleModeAction } from './actions/moderation-actions';
import { idleForm } from '@/lib/actions/form-state';
import { buttonClass, inputClass } from '@/components/ui/styles';

const idle = idleForm;
const field = inputClass('', 'sm');

export function ArticleModeForm({
  overrides,
}: {
  overrides: { slug: string; title: string; moderationMode: string | null }[];
}) {
  const [state, action, isPending] = useActionState(setArticleModeAction, idle);
  return (
    <section aria-labelledby="article-mode-heading" className="mt-10 max-w-2xl">
      <h2 id="article-mode-heading" className="text-xl font-bold">
        Moderation mode for one article
      </h2>
      {overrides.length > 0 && (
        <ul className="mt-2 text-sm">
          {overrides.map((o) => (
            <li key={o.slug}>
              {o.title} (<code>{o.slug}</code>): {o.moderationMode}-moderation
            </li>
          ))}
        </ul>
      )}
      <form action={action} className="mt-3 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="article-slug" className="block text-sm font-bold">
            Article slug
          </label>
          <input id="article-slug" name="slug" required className={field} />
        </div>
        <div>
          <label htmlFor="article-mode" className="block text-sm font-bold">
            Mode
          </label>
          <select id="article-mode" name="mode" defaultValue="pre" className={field}>
            <option value="default">Site default</option>
            <option value="pre">Pre-moderation</option>
            <option value="post">Post-moderation</option>
          </select>
        </div>
        <button type="submit" disabled={isPending} className={buttonClass({ size: 'sm' })}>
          Save
        </button>
      </form>
      <p
        role="status"
        aria-live="polite"
        className={`mt-2 font-semibold ${state.status === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-800 dark:text-green-400'}`}
      >
        {state.status === 'idle' ? '' : state.message}
      </p>
    </section>
  );
}
