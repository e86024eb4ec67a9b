'use client';

import type { KeyboardEvent } from 'react';
import type { CommentsTab } from '@/lib/comments/list-comments';
import { commentsHref } from './fetch-comments';
import { useIsHydrated } from './use-is-hydrated';

const TABS: { tab: CommentsTab; label: string }[] = [
  { tab: 'all', label: 'All comments' },
  { tab: 'picks', label: 'Picks' },
];

export const tabId = (tab: CommentsTab) => `comments-tab-${tab}`;
export const COMMENTS_PANEL_ID = 'comments-panel';

type Props = { articleSlug: string; selected: CommentsTab; onSelect: (tab: CommentsTab) => void };

/**
 * "All comments" and editors' "Picks", as ARIA tabs: arrow keys, Home and End move between them
 * once the island runs. They are links too, so without JavaScript each opens its server-rendered page.
 */
export function CommentTabs({ articleSlug, selected, onSelect }: Props) {
  const isHydrated = useIsHydrated();
  const onKeyDown = (e: KeyboardEvent<HTMLAnchorElement>) => {
    const i = TABS.findIndex((t) => t.tab === selected);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const tab = TABS[(next + TABS.length) % TABS.length]!.tab;
    onSelect(tab);
    document.getElementById(tabId(tab))?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label="Comments"
      className="mt-6 flex gap-1 border-b border-neutral-300 dark:border-neutral-700"
    >
      {TABS.map(({ tab, label }) => {
        const isSelected = tab === selected;
        return (
          <a
            key={tab}
            id={tabId(tab)}
            role="tab"
            href={commentsHref(articleSlug, tab === 'all' ? {} : { tab })}
            aria-selected={isSelected}
            aria-controls={COMMENTS_PANEL_ID}
            tabIndex={isHydrated && !isSelected ? -1 : undefined}
            onClick={(e) => {
              e.preventDefault();
              onSelect(tab);
            }}
            onKeyDown={onKeyDown}
            className={`-mb-px border-b-4 px-3 py-2 text-sm font-semibold ${isSelected ? 'border-neutral-900 dark:border-neutral-100' : 'border-transparent hover:underline'}`}
          >
            {label}
          </a>
        );
      })}
    </div>
  );
}
