import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import { afterEach, beforeEach, expect, it } from 'vitest';
import NotFoundCacheHandler from './not-found-cache-handler.mjs';

// Next types a cache kind as a const enum, which isolated modules cannot read: the values are
// these strings, cast to Next's types.
type Value = Parameters<NotFoundCacheHandler['set']>[1];
type SetContext = Parameters<NotFoundCacheHandler['set']>[2];
type GetContext = Parameters<NotFoundCacheHandler['get']>[1];

// A response-cache key as IncrementalCache makes it: owner route hashed, then the path.
const KEY = '/route-cache/app-page/0f0f/$/articles/harbour-works';
const CTX = {
  kind: 'APP_PAGE',
  isRoutePPREnabled: false,
  isFallback: false,
  cacheControl: { revalidate: 300, expire: undefined },
} as unknown as SetContext;

let dir: string;
let handler: NotFoundCacheHandler;

const page = (status: number, html: string) =>
  ({
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(`rsc ${html}`),
    headers: {},
    status,
    postponed: undefined,
    segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  }) as unknown as Value;

const files = () =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
const get = () =>
  handler.get(KEY, { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false } as unknown as GetContext);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dispatch-cache-'));
  handler = new NotFoundCacheHandler({
    fs: nodeFs,
    serverDistDir: dir,
    flushToDisk: true,
    revalidatedTags: [],
    maxMemoryCacheSize: 1024 * 1024,
    _requestHeaders: {},
  });
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('stores a page as Next does, on disk and in memory', async () => {
  await handler.set(KEY, page(200, '<h1>Story</h1>'), CTX);
  expect(files().sort()).toEqual([
    '_tree.segment.rsc',
    'harbour-works.html',
    'harbour-works.meta',
    'harbour-works.rsc',
  ]);
  expect((await get())?.value).toMatchObject({ kind: 'APP_PAGE', html: '<h1>Story</h1>', status: 200 });
});

it('writes nothing for a 404', async () => {
  await handler.set(KEY, page(404, '<h1>Not found</h1>'), CTX);
  expect(files()).toEqual([]);
  expect(await get()).toBeNull();
});

it('removes what a path held when it turns 404 (a story unpublished), so no stale copy is served', async () => {
  await handler.set(KEY, page(200, '<h1>Story</h1>'), CTX);
  await handler.set(KEY, page(404, '<h1>Not found</h1>'), CTX);
  expect(files()).toEqual([]);
  expect(await get()).toBeNull();
});
