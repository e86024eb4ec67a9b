import path from 'node:path';
import type { NextConfig } from 'next';
import { getEnv } from './lib/env';
import { contentSecurityPolicy } from './lib/security/content-security-policy';

// Headers for every response. HTML pages get their script policy with hashes of their own inline
// scripts from the server in scripts/serve.ts; everything else allows only our script files.
const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev: process.env.NODE_ENV === 'development' }) },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  ...(getEnv().SITE_URL.startsWith('https:') ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

const nextConfig: NextConfig = {
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  poweredByHeader: false,
  // scripts/serve.ts compresses, after hashing each page's inline scripts.
  compress: false,
  // Native and WASM-backed database drivers stay plain Node modules instead of being bundled.
  // rate-limiter-flexible too: bundled, each route and action chunk had its own RateLimiterRes
  // class, so a limiter kept on globalThis by one chunk threw a "limit reached" that another
  // chunk's `instanceof` did not recognise (a 500 instead of a 429).
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'rate-limiter-flexible', 'ioredis'],
  images: {
    localPatterns: [{ pathname: '/media/**', search: '' }],
    formats: ['image/avif', 'image/webp'],
  },
  typedRoutes: false,
  // Next's file-system page cache, minus 404s: an unknown slug is answered but never stored
  // (docs/0002-caching.md). Absolute, as Next imports it by path; next build and serve run here.
  cacheHandler: path.resolve('lib/platform/not-found-cache-handler.mjs'),
  // forbidden() for signed-in readers without the role a page needs.
  experimental: { authInterrupts: true },
};

export default nextConfig;
