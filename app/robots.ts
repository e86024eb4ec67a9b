import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';

export default function robots(): MetadataRoute.Robots {
  const site = getEnv().SITE_URL;
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/search', '/account', '/moderation', '/dev/'] }],
    sitemap: `${site}/sitemap.xml`,
  };
}
