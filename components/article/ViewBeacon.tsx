'use client';

import { useEffect } from 'react';

/** Counts a page view after the page has loaded; sendBeacon never delays the reader. */
export function ViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    const body = JSON.stringify({ slug });
    if (!navigator.sendBeacon?.('/api/views', new Blob([body], { type: 'application/json' }))) {
      void fetch('/api/views', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        keepalive: true,
      }).catch(() => {});
    }
  }, [slug]);
  return null;
}
