import { useEffect, useState } from 'react';
import type { NewComments } from '@/lib/comments/list-new-comments';

const POLL_MS = 10_000;
const STEP_MS = 60_000; // lib/comments/list-new-comments.ts NEW_COMMENTS_STEP_MS: one answer per minute to share

/**
 * How many comments became public since `since` that the page does not show, polling a GET that
 * shared caches keep for a few seconds; no polling while the tab is hidden.
 */
export function useNewComments(articleSlug: string, since: string | null, shownIds: Set<string>): number {
  const [found, setFound] = useState<NewComments['comments']>([]);
  useEffect(() => {
    if (!since) return;
    const sinceMs = Date.parse(since);
    const after = sinceMs - (sinceMs % STEP_MS);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;
    const poll = async () => {
      clearTimeout(timer);
      if (document.hidden || isStopped) return;
      const res = await fetch(`/api/comments/${encodeURIComponent(articleSlug)}/since?after=${after}`).catch(
        () => null,
      );
      if (res?.ok && !isStopped) {
        const body = (await res.json()) as NewComments;
        setFound(body.comments.filter((c) => Date.parse(c.at) > sinceMs));
      }
      if (!isStopped && !document.hidden) timer = setTimeout(tick, POLL_MS);
    };
    const tick = () => void poll();
    const onVisibility = () => (document.hidden ? clearTimeout(timer) : tick());
    timer = setTimeout(tick, POLL_MS);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      isStopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      setFound([]);
    };
  }, [articleSlug, since]);
  return found.filter((c) => !shownIds.has(c.id)).length;
}
