import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests are not React Server Components; server-only's real entry throws outside them.
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'emails/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Those start production servers from the build (vitest.instances.config.ts) or read it
    // (vitest.build.config.ts).
    exclude: ['tests/instances/**', 'tests/build/**', 'node_modules/**'],
    environment: 'node',
    // next-auth imports `next/server` without an extension, which Node's ESM loader refuses;
    // inlined, Vite resolves it, so tests can call the Auth.js route handler itself.
    server: { deps: { inline: ['next-auth'] } },
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
