import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and WASM-backed database drivers stay plain Node modules instead of being bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg'],
  images: {
    localPatterns: [{ pathname: '/media/**', search: '' }],
    formats: ['image/avif', 'image/webp'],
  },
  typedRoutes: false,
  // forbidden() for signed-in readers without the role a page needs.
  experimental: { authInterrupts: true },
};

export default nextConfig;
