import { describe, expect, it } from 'vitest';
import { PRIVATE, sharedCacheControl, type ResponseFacts } from './shared-cache-policy';

const HTML = 'text/html; charset=utf-8';
const NEXT_ISR = 's-maxage=300, stale-while-revalidate=31535700';
const NEXT_DYNAMIC = 'private, no-cache, no-store, max-age=0, must-revalidate';
const page = (facts: Partial<ResponseFacts>): ResponseFacts => ({
  method: 'GET',
  pathname: '/articles/a',
  status: 200,
  cacheControl: NEXT_ISR,
  contentType: HTML,
  hasSetCookie: false,
  ...facts,
});

describe('sharedCacheControl', () => {
  it("lets a CDN keep Next's cached pages for their own lifetime, with a short stale window", () => {
    expect(sharedCacheControl(page({}))).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=60');
    expect(sharedCacheControl(page({ method: 'HEAD' }))).toMatch(/^public, max-age=0, s-maxage=300/);
  });

  it('makes anything with a cookie, any write and any dynamic page private', () => {
    expect(sharedCacheControl(page({ hasSetCookie: true }))).toBe(PRIVATE);
    expect(sharedCacheControl(page({ method: 'POST' }))).toBe(PRIVATE);
    expect(sharedCacheControl(page({ pathname: '/account', cacheControl: NEXT_DYNAMIC }))).toBe(PRIVATE);
    expect(sharedCacheControl(page({ pathname: '/articles/a/comments', cacheControl: NEXT_DYNAMIC }))).toBe(PRIVATE);
    expect(sharedCacheControl(page({ cacheControl: undefined, contentType: 'application/json' }))).toBe(PRIVATE);
    // Even a search page that sets a cookie.
    expect(sharedCacheControl(page({ pathname: '/search', cacheControl: NEXT_DYNAMIC, hasSetCookie: true }))).toBe(
      PRIVATE,
    );
  });

  it('shares search results briefly, not-found pages briefly, and errors never', () => {
    expect(sharedCacheControl(page({ pathname: '/search', cacheControl: NEXT_DYNAMIC }))).toBe(
      'public, max-age=0, s-maxage=10',
    );
    expect(sharedCacheControl(page({ status: 404, cacheControl: NEXT_DYNAMIC }))).toBe(
      'public, max-age=0, s-maxage=60',
    );
    expect(sharedCacheControl(page({ status: 404 }))).toBe('public, max-age=0, s-maxage=60');
    expect(sharedCacheControl(page({ status: 500 }))).toBe(PRIVATE);
    expect(sharedCacheControl(page({ status: 503, cacheControl: 'no-store' }))).toBe(PRIVATE);
    expect(sharedCacheControl(page({ status: 307, cacheControl: undefined }))).toBe(PRIVATE);
    expect(sharedCacheControl(page({ status: 403, cacheControl: NEXT_DYNAMIC }))).toBe(PRIVATE);
  });

  it("keeps a route's own public choice, its own private one, and immutable files as they are", () => {
    const json = 'application/json';
    expect(sharedCacheControl(page({ contentType: json, cacheControl: 'public, max-age=0, s-maxage=5' }))).toBe(
      'public, max-age=0, s-maxage=5',
    );
    expect(sharedCacheControl(page({ contentType: json, cacheControl: 'private, no-store' }))).toBe(
      'private, no-store',
    );
    expect(
      sharedCacheControl(page({ contentType: 'image/png', cacheControl: 'public, max-age=31536000, immutable' })),
    ).toBeUndefined();
  });
});
