'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef, useState } from 'react';
import type { QueueItem } from '@/lib/moderation/list-queue';
import { POLICY_RULES } from '@/lib/comments/policy';
import { bulkModerateAction } from './actions/moderation-actions';
import { idleForm } from '@/lib/actions/form-state';
import { HighlightedBody } from './HighlightedBody';
import { ReportReason } from './ReportReason';
import { ItemActions, type ItemActionsHandle } from './ItemActions';
import { inputClass } from '@/components/ui/styles';

const idle = idleForm;

function isTyping(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable)
  );
}

/** A queue a moderator can clear from the keyboard: j/k move, a approve, r reject, f feature, ? help. */
export function QueueList({ items }: { items: QueueItem[] }) {
  const [active, setActive] = useState(0);
  const [showHelp, setShowHelp] = useState(false);
  const [bulkState, bulkAction, isBulkPending] = useActionState(bulkModerateAction, idle);
  const handles = useRef<(ItemActionsHandle | null)[]>([]);
  const rows = useRef<(HTMLElement | null)[]>([]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (isTyping(e.target) || e.metaKey || e.ctrlKey || e.altKey) return;
      const move = (to: number) => {
        const next = Math.max(0, Math.min(items.length - 1, to));
        setActive(next);
        rows.current[next]?.focus();
      };
      const handle = handles.current[active];
      if (e.key === 'j') move(active + 1);
      else if (e.key === 'k') move(active - 1);
      else if (e.key === 'a') handle?.approve();
      else if (e.key === 'r') handle?.startReject();
      else if (e.key === 'f') handle?.toggleFeature();
      else if (e.key === '?') setShowHelp((v) => !v);
      else if (e.key === 'Escape') setShowHelp(false);
      else return;
      e.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, items.length]);

  if (items.length === 0) return <p className="py-8 text-lg">This queue is empty. Nice work.</p>;
  return (
    <>
      <p className="mb-3 text-sm text-neutral-600 dark:text-neutral-400">
        Keyboard: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>f</kbd> feature,{' '}
        <kbd>?</kbd> all shortcuts.
      </p>
      {showHelp && (
        <div
          role="dialog"
          aria-label="Keyboard shortcuts"
          className="mb-4 rounded border border-neutral-400 p-4 dark:border-neutral-600"
        >
          <h2 className="font-bold">Keyboard shortcuts</h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
            {[
              ['j', 'Next comment'],
              ['k', 'Previous comment'],
              ['a', 'Approve'],
              ['r', 'Reject (choose a rule, then Enter)'],
              ['f', 'Feature or un-feature'],
              ['?', 'Show or hide this list'],
              ['Esc', 'Close this list'],
            ].map(([k, v]) => (
              <div key={k} className="contents">
                <dt>
                  <kbd>{k}</kbd>
                </dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <form
        id="bulk"
        action={bulkAction}
        className="mb-4 flex flex-wrap items-center gap-2 rounded bg-neutral-100 p-3 text-sm dark:bg-neutral-900"
      >
        <span className="font-semibold">With selected:</span>
        <button
          name="decision"
          value="approve"
          disabled={isBulkPending}
          className="rounded bg-green-700 px-3 py-1 font-semibold text-white"
        >
          Approve
        </button>
        <label htmlFor="bulk-rule" className="ml-2">
          Rule
        </label>
        <select id="bulk-rule" name="rule" defaultValue="" className={inputClass('', 'sm')}>
          <option value="">Choose a rule</option>
          {POLICY_RULES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
        <button
          name="decision"
          value="reject"
          disabled={isBulkPending}
          className="rounded bg-red-700 px-3 py-1 font-semibold text-white"
        >
          Reject
        </button>
        <span
          role="status"
          aria-live="polite"
          className={bulkState.status === 'error' ? 'text-red-700 dark:text-red-400' : ''}
        >
          {bulkState.status === 'idle' ? '' : bulkState.message}
        </span>
      </form>
      <ol className="space-y-4">
        {items.map((item, i) => (
          <li key={item.id}>
            <article
              ref={(el) => {
                rows.current[i] = el;
              }}
              tabIndex={-1}
              aria-current={i === active ? 'true' : undefined}
              aria-label={`Comment by ${item.author?.displayName ?? '[deleted]'} on ${item.article.title}`}
              onFocus={() => setActive(i)}
              className={`rounded border p-4 ${i === active ? 'border-blue-700 ring-2 ring-blue-700' : 'border-neutral-300 dark:border-neutral-700'}`}
            >
              <div className="flex items-start gap-3">
                <input
                  type="checkbox"
                  form="bulk"
                  name="ids"
                  value={item.id}
                  aria-label="Select this comment"
                  className="mt-1 h-4 w-4"
                />
                <div className="min-w-0 flex-1">
                  <p className="text-sm text-neutral-600 dark:text-neutral-400">
                    On{' '}
                    <Link href={`/articles/${item.article.slug}`} className="underline">
                      {item.article.title}
                    </Link>{' '}
                    ·{' '}
                    <time dateTime={item.createdAt.toISOString()}>
                      {item.createdAt.toUTCString().replace(' GMT', ' UTC')}
                    </time>
                    {item.editedAt && ' · edited'}
                    {item.isFeatured && ' · featured'}
                  </p>
                  <div className="mt-2">
                    <HighlightedBody body={item.body} reasons={item.reasons} />
                  </div>
                  {(item.reasons.length > 0 || item.reports.length > 0) && (
                    <ul className="mt-2 space-y-1 text-sm">
                      {item.reasons.map((r, k) => (
                        <li key={`r${k}`}>
                          <strong>
                            {r.decision === 'reject' ? 'Rejected' : 'Held'} by {r.phase}
                          </strong>
                          {r.rule && <> · rule “{r.rule}”</>}
                          {r.detail && <> · {r.detail}</>}
                        </li>
                      ))}
                      {item.reports.map((r, k) => (
                        <li key={`p${k}`} data-report-reason={r.rule}>
                          <ReportReason rule={r.rule} note={r.note} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {item.author && item.authorHistory && (
                    <p className="mt-2 text-sm">
                      <Link href={`/moderation/users/${item.author.id}`} className="font-semibold underline">
                        {item.author.displayName ?? 'Reader without a name'}
                      </Link>{' '}
                      · member since {item.author.createdAt.toISOString().slice(0, 10)} · {item.authorHistory.approved}{' '}
                      approved · {item.authorHistory.rejected} rejected · {item.authorHistory.sanctions}{' '}
                      warning(s)/sanction(s)
                      {item.author.bannedAt && ' · banned'}
                    </p>
                  )}
                  <ItemActions
                    ref={(h) => {
                      handles.current[i] = h;
                    }}
                    commentId={item.id}
                    status={item.status}
                    isFeatured={item.isFeatured}
                  />
                </div>
              </div>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
