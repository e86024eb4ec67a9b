import path from 'node:path';
import type { NextConfig } from 'next';
import { getEnv } from './lib/env';
import { securityHeaders } from './lib/security/security-headers';

// Headers for every response. HTML pages get their script policy from the server in
// scripts/serve.ts, with hashes of the inline scripts Next.js and React wrote into them (and of
// nothing else: docs/0011); everything else allows only our script files. HSTS depends on
// SITE_URL, so scripts/serve.ts adds it at run time: nothing here may depend on configuration
// that changes without the code (docs/0013-builds.md).
const headers = securityHeaders({ dev: process.env.NODE_ENV === 'development', https: false });

const nextConfig: NextConfig = {
  // Set by scripts/start.ts: each build in a directory of its own that no later build writes into,
  // so a running server keeps its files while another start builds (docs/0013-builds.md).
  distDir: getEnv().DISPATCH_BUILD_DIR,
  async headers() {
    return [{ source: '/:path*', headers }];
  },
  poweredByHeader: false,
  // scripts/serve.ts compresses, after hashing each page's inline scripts.
  compress: false,
  // Native and WASM-backed database drivers stay plain Node modules instead of being bundled.
  // rate-limiter-flexible too: bundled, each route and action chunk had its own RateLimiterRes
  // class, so a limiter kept on globalThis by one chunk threw a "limit reached" that another
  // chunk's `instanceof` did not recognise (a 500 instead of a 429).
  serverExternalPackages: [
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    '@prisma/adapter-pg',
    'pg',
    'rate-limiter-flexible',
    'ioredis',
  ],
  images: {
    localPatterns: [{ pathname: '/media/**', search: '' }],
    formats: ['image/avif', 'image/webp'],
  },
  typedRoutes: false,
  // `npm test` type-checks the whole project before it builds (scripts/test.sh); every other build checks here.
  typescript: { ignoreBuildErrors: process.env.DISPATCH_TYPES_CHECKED === '1' },
  // Next's file-system page cache, minus 404s: an unknown slug is answered but never stored
  // (docs/0002-caching.md). Absolute, as Next imports it by path; next build and serve run here.
  cacheHandler: path.resolve('lib/platform/not-found-cache-handler.mjs'),
  experimental: {
    // forbidden() for signed-in readers without the role a page needs.
    authInterrupts: true,
    // scripts/serve.ts answers 413 above this (lib/platform/guard-request.ts); below it an
    // oversized comment reaches the action and gets the form's own message, not a 500.
    serverActions: { bodySizeLimit: '2mb' },
  },
};

export default nextConfig;
