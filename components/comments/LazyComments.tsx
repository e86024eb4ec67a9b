'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';

// The comment section's code (thread, forms, reporting) is fetched only when the reader nears it,
// so the article's own start-up carries none of it (docs/0019).
const CommentsSection = lazy(() => import('./CommentsSection').then((m) => ({ default: m.CommentsSection })));

// Start loading about a screen before the section scrolls into view.
const NEAR = '0px 0px 100% 0px';

export function LazyComments({ articleSlug }: { articleSlug: string }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [isNear, setIsNear] = useState(false);
  useEffect(() => {
    const element = placeholder.current;
    // A link to one comment (#comment-…) needs the thread at once.
    if (!element || window.location.hash.startsWith('#comment-') || !('IntersectionObserver' in window)) {
      setIsNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        setIsNear(true);
      },
      { rootMargin: NEAR },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // id="comments" here too, so a link to #comments scrolls to the slot and so loads it.
  const slot = <div ref={placeholder} id="comments" className="mt-12 min-h-24" />;
  if (!isNear) return slot;
  return (
    <Suspense fallback={slot}>
      <CommentsSection articleSlug={articleSlug} />
    </Suspense>
  );
}
