import { expect, it } from 'vitest';
import { surrogateKeysFor, surrogateKeysForPaths } from './surrogate-keys';

it("names each page's subject, and every page `pages`", () => {
  expect(surrogateKeysFor('/')).toEqual(['front', 'pages']);
  expect(surrogateKeysFor('/articles/harbour-bridge')).toEqual(['article-harbour-bridge', 'pages']);
  expect(surrogateKeysFor('/articles/harbour-bridge/comments')).toEqual(['article-harbour-bridge', 'pages']);
  expect(surrogateKeysFor('/api/comments/harbour-bridge')).toEqual(['article-harbour-bridge', 'pages']);
  expect(surrogateKeysFor('/sections/world/page/2')).toEqual(['section-world', 'pages']);
  expect(surrogateKeysFor('/topics/climate')).toEqual(['topic-climate', 'pages']);
  expect(surrogateKeysFor('/videos')).toEqual(['videos', 'pages']);
  expect(surrogateKeysFor('/videos/port-tour')).toEqual(['video-port-tour', 'pages']);
  expect(surrogateKeysFor('/search')).toEqual(['pages']);
  // Nothing odd ever reaches a header: a name that is not a plain slug gets the catch-all only.
  expect(surrogateKeysFor('/articles/a%20b,c')).toEqual(['pages']);
  expect(surrogateKeysFor('/api/views')).toEqual(['pages']);
});

it("lists a change's keys once each, without the catch-all", () => {
  expect(surrogateKeysForPaths(['/', '/articles/a', '/sections/world', '/articles/a'])).toEqual([
    'front',
    'article-a',
    'section-world',
  ]);
});
