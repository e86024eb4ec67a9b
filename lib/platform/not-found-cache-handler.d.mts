// Types for not-found-cache-handler.mjs, which stays JavaScript because Next imports it with Node's
// own import() (see that file).
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache';

export function isNotFoundResponse(data: unknown): boolean;

export default class NotFoundCacheHandler extends FileSystemCache {
  forget(key: string, kind: 'APP_PAGE' | 'APP_ROUTE' | 'PAGES'): Promise<void>;
}
