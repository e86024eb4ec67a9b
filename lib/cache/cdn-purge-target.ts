// Where purges go, from the configuration: undefined when no CDN_PURGE_URL is set.
import { getEnv } from '../env';
import type { PurgeTarget } from './purge-cdn';

export function cdnPurgeTarget(): PurgeTarget | undefined {
  const env = getEnv();
  if (!env.CDN_PURGE_URL) return undefined;
  return { url: env.CDN_PURGE_URL, token: env.CDN_PURGE_TOKEN, siteUrl: env.SITE_URL };
}
